package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// maxFile bounds what is read of one file that is not streamed.
const maxFile = 64 << 20

// emitFunc receives each item a reader finds; an error stops the reading.
type emitFunc func(*Item) error

// reader reads one source: files by their names, URLs by what they serve.
type reader struct {
	ctx     context.Context
	fetch   *Fetcher
	noFetch bool // feed items keep their summaries instead of fetching pages
	emit    emitFunc
	skipped func(name, why string)
}

// source reads one command-line argument: a URL, a directory or a file.
func (r *reader) source(arg string) error {
	if isURL(arg) {
		return r.url(arg)
	}
	st, err := os.Stat(arg)
	if err != nil {
		return r.emit(&Item{Source: arg, Err: err})
	}
	if st.IsDir() {
		return r.dir(arg)
	}
	return r.file(arg, true)
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// dir reads the files under root with known extensions, in name order.
func (r *reader) dir(root string) error {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return r.emit(&Item{Source: path, Err: err})
		}
		if strings.HasPrefix(d.Name(), ".") && path != root {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			if kindOf(path) == "" {
				r.skipped(path, "unknown file type")
			} else {
				files = append(files, path)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if err := r.file(f, false); err != nil {
			return err
		}
	}
	return nil
}

// kindOf names the reader for a file name, or "" for an unknown type.
func kindOf(name string) string {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".warc.gz") || strings.HasSuffix(n, ".warc"):
		return "warc"
	case strings.HasSuffix(n, ".tar.gz") || strings.HasSuffix(n, ".tgz") || strings.HasSuffix(n, ".tar"):
		return "tar"
	case strings.HasSuffix(n, ".gz"):
		if kindOf(strings.TrimSuffix(n, ".gz")) != "" {
			return "gz"
		}
		return ""
	}
	switch filepath.Ext(n) {
	case ".txt", ".text":
		return "text"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".json":
		return "json"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".rss", ".atom", ".xml", ".feed":
		return "feed"
	case ".tml", ".timeml":
		return "timeml"
	}
	return ""
}

// file reads one file. Named on the command line (explicit), a file of
// unknown type is read by sniffing its content.
func (r *reader) file(path string, explicit bool) error {
	kind := kindOf(path)
	if kind == "" && !explicit {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return r.emit(&Item{Source: path, Err: err})
	}
	defer f.Close()
	return r.stream(path, kind, f)
}

// stream reads a file's content by kind; "" sniffs it.
func (r *reader) stream(name, kind string, in io.Reader) error {
	switch kind {
	case "warc":
		return r.warc(name, in)
	case "tar":
		return r.tar(name, in)
	case "jsonl":
		return r.jsonl(name, in)
	case "gz":
		z, err := gzip.NewReader(in)
		if err != nil {
			return r.emit(&Item{Source: name, Err: fmt.Errorf("gzip: %w", err)})
		}
		inner := strings.TrimSuffix(name, filepath.Ext(name))
		return r.stream(inner, kindOf(inner), z)
	}
	b, err := io.ReadAll(io.LimitReader(in, maxFile+1))
	if err != nil {
		return r.emit(&Item{Source: name, Err: err})
	}
	if len(b) > maxFile {
		return r.emit(&Item{Source: name, Err: fmt.Errorf("larger than %d MiB", maxFile>>20)})
	}
	if kind == "" {
		kind = sniff(b)
	}
	switch kind {
	case "html":
		return r.emit(fileItem(name, &Item{HTML: b}))
	case "json":
		return r.json(name, b)
	case "feed":
		return r.feed(name, "", b)
	case "timeml":
		return r.emit(timeML(name, b))
	}
	return r.emit(fileItem(name, &Item{Text: b}))
}

// sniff guesses the kind of content whose name says nothing.
func sniff(b []byte) string {
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 1024)]))
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")):
		return "html"
	case bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf")):
		return "feed"
	case bytes.Contains(head, []byte("<timeml")):
		return "timeml"
	case bytes.HasPrefix(head, []byte("{")) || bytes.HasPrefix(head, []byte("[")):
		return "json"
	case bytes.HasPrefix(head, []byte("<")) && bytes.Contains(head, []byte("<body")):
		return "html"
	}
	return "text"
}

// nameDate matches file names of the form outlet_YYYY-MM-DD_slug.
var nameDate = regexp.MustCompile(`^([A-Za-z0-9][A-Za-z0-9.-]*)_(\d{4}-\d{2}-\d{2})_`)

// fileItem completes an item read from a file: the id is the file's base
// name without extension, and a name of the form outlet_YYYY-MM-DD_slug
// gives the outlet and publication date.
func fileItem(path string, it *Item) *Item {
	base := filepath.Base(path)
	for kindOf(base) != "" && filepath.Ext(base) != "" {
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	it.Source, it.ID = path, base
	if m := nameDate.FindStringSubmatch(base); m != nil {
		it.Outlet, it.Published = m[1], m[2]
	}
	return it
}

// url reads a page or feed from the web. A fetch that fails is one failed
// item.
func (r *reader) url(u string) error {
	p, err := r.fetch.Get(r.ctx, u)
	if err != nil {
		return r.emit(&Item{Source: u, Err: err})
	}
	ct := strings.ToLower(p.ContentType)
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || strings.Contains(ct, "xml") && sniff(p.Body) == "feed":
		return r.feed(u, p.URL, p.Body)
	case strings.HasPrefix(ct, "text/plain"):
		return r.emit(&Item{Source: u, ID: u, URL: p.URL, Text: p.Body})
	case strings.Contains(ct, "json"):
		return r.json(u, p.Body)
	}
	return r.emit(&Item{Source: u, ID: u, URL: p.URL, HTML: p.Body, ContentType: p.ContentType, Basis: "metadata"})
}

var errCount = errors.New("not countable")

// Estimate returns the number of articles the sources hold when that is
// known without reading them (plain files and directories of them), or 0.
func Estimate(sources []string) int {
	n := 0
	for _, s := range sources {
		if isURL(s) {
			return 0
		}
		err := filepath.WalkDir(s, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if strings.HasPrefix(d.Name(), ".") && path != s {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			switch kindOf(path) {
			case "text", "html", "timeml":
				n++
			case "":
				if path == s {
					n++
				}
			default:
				return errCount
			}
			return nil
		})
		if err != nil {
			return 0
		}
	}
	return n
}

// Expand lists the files under the sources with known types, directories
// walked in name order; URLs and plain files are kept as they are.
func Expand(sources []string) ([]string, error) {
	var out []string
	for _, s := range sources {
		st, err := os.Stat(s)
		if isURL(s) || err != nil || !st.IsDir() {
			out = append(out, s)
			continue
		}
		var files []string
		err = filepath.WalkDir(s, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if strings.HasPrefix(d.Name(), ".") && path != s {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && kindOf(path) != "" {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out, nil
}
