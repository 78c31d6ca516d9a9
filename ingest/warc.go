package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// maxRecord bounds the block of one WARC record that is read; larger
// records are skipped.
const maxRecord = 64 << 20

// warc reads a WARC file, plain or gzipped (one gzip member per record or
// one for the whole file). Response and resource records holding HTML or
// plain text are articles; other records are passed over. A truncated
// record ends the file with one failed item naming it.
func (r *reader) warc(name string, in io.Reader) error {
	br := bufio.NewReaderSize(in, 1<<16)
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		z, err := gzip.NewReader(br)
		if err != nil {
			return r.emit(&Item{Source: name, Err: fmt.Errorf("WARC: gzip: %w", err)})
		}
		br = bufio.NewReaderSize(z, 1<<16)
	}
	tp := textproto.NewReader(br)
	for n := 1; ; n++ {
		src := fmt.Sprintf("%s#%d", name, n)
		line, err := nextVersion(tp)
		if err == io.EOF {
			return nil
		} else if err != nil {
			return r.emit(&Item{Source: src, Err: fmt.Errorf("WARC record %d: %w", n, err)})
		}
		if !strings.HasPrefix(line, "WARC/") {
			return r.emit(&Item{Source: src, Err: fmt.Errorf("WARC record %d: %q is not a WARC version line", n, trim(line))})
		}
		hdr, err := tp.ReadMIMEHeader()
		if err != nil {
			return r.emit(&Item{Source: src, Err: fmt.Errorf("WARC record %d: headers: %w", n, err)})
		}
		uri := strings.Trim(hdr.Get("WARC-Target-URI"), "<>")
		if uri != "" {
			src = fmt.Sprintf("%s#%d (%s)", name, n, uri)
		}
		size, err := strconv.ParseInt(strings.TrimSpace(hdr.Get("Content-Length")), 10, 64)
		if err != nil || size < 0 {
			return r.emit(&Item{Source: src, Err: fmt.Errorf("WARC record %d: bad Content-Length %q", n, hdr.Get("Content-Length"))})
		}
		if size > maxRecord {
			if _, err := io.CopyN(io.Discard, br, size); err != nil {
				return r.emit(&Item{Source: src, Err: fmt.Errorf("WARC record %d: truncated: %w", n, err)})
			}
			r.skipped(src, fmt.Sprintf("record larger than %d MiB", maxRecord>>20))
			continue
		}
		block := make([]byte, size)
		if got, err := io.ReadFull(br, block); err != nil {
			return r.emit(&Item{Source: src, Err: fmt.Errorf("WARC record %d: truncated: %d of %d bytes", n, got, size)})
		}
		if it := warcItem(src, uri, hdr, block); it != nil {
			if err := r.emit(it); err != nil {
				return err
			}
		}
	}
}

// nextVersion returns the next non-blank line: the version line of the
// next record, after the blank lines ending the last one.
func nextVersion(tp *textproto.Reader) (string, error) {
	for {
		line, err := tp.ReadLine()
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return "", fmt.Errorf("truncated")
			}
			return "", err
		}
		if strings.TrimSpace(line) != "" {
			return line, nil
		}
	}
}

func trim(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// warcItem returns the article in a record, or nil for a record that
// holds none (requests, metadata, images, redirects).
func warcItem(src, uri string, hdr textproto.MIMEHeader, block []byte) *Item {
	it := &Item{Source: src, ID: uri, URL: uri}
	var ct string
	var body []byte
	switch strings.ToLower(hdr.Get("WARC-Type")) {
	case "response":
		if !strings.HasPrefix(strings.ToLower(hdr.Get("Content-Type")), "application/http") {
			return nil
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
		if err != nil {
			it.Err = fmt.Errorf("WARC: HTTP response: %w", err)
			return it
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil
		}
		ct = resp.Header.Get("Content-Type")
		if !isArticleType(ct) {
			return nil
		}
		var rd io.Reader = resp.Body
		if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
			z, err := gzip.NewReader(resp.Body)
			if err != nil {
				it.Err = fmt.Errorf("WARC: gzip body: %w", err)
				return it
			}
			rd = z
		}
		if body, err = io.ReadAll(io.LimitReader(rd, maxRecord)); err != nil {
			it.Err = fmt.Errorf("WARC: body: %w", err)
			return it
		}
	case "resource":
		ct = hdr.Get("Content-Type")
		if !isArticleType(ct) {
			return nil
		}
		body = block
	default:
		return nil
	}
	if strings.HasPrefix(strings.ToLower(ct), "text/plain") {
		it.Text = body
	} else {
		it.HTML, it.ContentType = body, ct
	}
	return it
}

// isArticleType reports whether a content type may hold an article.
func isArticleType(ct string) bool {
	ct = strings.ToLower(ct)
	return ct == "" || strings.HasPrefix(ct, "text/html") || strings.HasPrefix(ct, "application/xhtml") || strings.HasPrefix(ct, "text/plain")
}
