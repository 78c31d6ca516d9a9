package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// jsonArticle is an article in JSON or JSON lines input.
type jsonArticle struct {
	ID        string          `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	HTML      string          `json:"html"`
	Published string          `json:"published"`
	Modified  string          `json:"modified"`
	Outlet    string          `json:"outlet"`
	Byline    json.RawMessage `json:"byline"` // a string or a list of strings
	// Format is set by files that are not articles, such as our gold
	// records ("newsgraph-gold/1").
	Format string `json:"format"`
}

// item turns a JSON article into an item; source names it in messages.
func (a *jsonArticle) item(source string) *Item {
	it := &Item{Source: source, ID: a.ID, URL: a.URL, Title: a.Title, Published: a.Published, Modified: a.Modified, Outlet: a.Outlet}
	switch {
	case a.Text != "":
		it.Text = []byte(a.Text)
	case a.HTML != "":
		it.HTML = []byte(a.HTML)
		it.ContentType = "text/html; charset=utf-8"
	default:
		it.Err = fmt.Errorf("neither text nor html")
	}
	if len(a.Byline) > 0 {
		var one string
		var many []string
		if json.Unmarshal(a.Byline, &one) == nil && one != "" {
			it.Byline = []string{one}
		} else if json.Unmarshal(a.Byline, &many) == nil {
			it.Byline = many
		}
	}
	return it
}

// json reads a JSON file: one article, or an array of them.
func (r *reader) json(name string, b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.HasPrefix(b, []byte("[")) {
		var list []json.RawMessage
		if err := json.Unmarshal(b, &list); err != nil {
			return r.emit(&Item{Source: name, Err: fmt.Errorf("JSON: %w", err)})
		}
		for i, raw := range list {
			src := fmt.Sprintf("%s[%d]", name, i)
			var a jsonArticle
			if err := json.Unmarshal(raw, &a); err != nil {
				if err := r.emit(&Item{Source: src, Err: fmt.Errorf("JSON: %w", err)}); err != nil {
					return err
				}
				continue
			}
			if err := r.emit(a.item(src)); err != nil {
				return err
			}
		}
		return nil
	}
	if !bytes.HasPrefix(b, []byte("{")) {
		return r.emit(&Item{Source: name, Err: fmt.Errorf("JSON: neither an object nor an array")})
	}
	// One object, or JSON lines in a .json file.
	if bytes.Count(b, []byte("\n{")) > 0 {
		return r.jsonl(name, bytes.NewReader(b))
	}
	var a jsonArticle
	if err := json.Unmarshal(b, &a); err != nil {
		return r.emit(&Item{Source: name, Err: fmt.Errorf("JSON: %w", err)})
	}
	if strings.HasPrefix(a.Format, "newsgraph-gold/") {
		// An annotation of an article stored beside it (examples/).
		r.skipped(name, "a gold record, not an article")
		return nil
	}
	return r.emit(a.item(name))
}

// maxLine bounds one line of JSON lines input.
const maxLine = 64 << 20

// jsonl reads JSON lines, one article a line; a bad line is one failed
// item.
func (r *reader) jsonl(name string, in io.Reader) error {
	br := bufio.NewReaderSize(in, 1<<16)
	for n := 1; ; n++ {
		line, err := readLine(br)
		if len(strings.TrimSpace(string(line))) > 0 {
			src := fmt.Sprintf("%s:%d", name, n)
			var a jsonArticle
			if jerr := json.Unmarshal(line, &a); jerr != nil {
				if err := r.emit(&Item{Source: src, Err: fmt.Errorf("JSON: %w", jerr)}); err != nil {
					return err
				}
			} else if err := r.emit(a.item(src)); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		} else if err != nil {
			return r.emit(&Item{Source: fmt.Sprintf("%s:%d", name, n), Err: err})
		}
	}
}

// readLine reads one line of at most maxLine bytes, without its newline.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxLine {
			return nil, fmt.Errorf("line longer than %d MiB", maxLine>>20)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}
