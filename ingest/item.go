// Package ingest reads articles from files, directories, web pages, feeds
// and archives, extracts their records and stores them, on all cores.
//
// It creates: newsgraph.Submission for each article read, handed to a
// newsgraph.ArticleService. It needs: the extract stage and a store.
//
// One reader per format turns a source into Items: plain text, HTML (body
// and metadata by go-trafilatura), JSON and JSON lines, RSS/Atom feeds,
// WARC archives, TimeML documents and tar archives of any of these. A bad
// item is a per-item failure; the rest of the batch goes on.
package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// Item is one article as a reader found it, before extraction.
type Item struct {
	Source    string // where it was read, for messages: a path, URL, "feed.xml#3"
	ID        string // the article id; "" for a hash of the text
	URL       string
	Outlet    string
	Title     string
	Byline    []string
	Published string // any common date format; normalised to YYYY-MM-DD
	Modified  string
	Basis     string // how Published is known: given (default) or metadata

	Text        []byte // plain text in any supported encoding, or
	HTML        []byte // an HTML page whose body and metadata are extracted, or
	Fetch       string // a URL to fetch first (a feed item that carries only a summary)
	ContentType string // of HTML or a fetched page, for its charset

	Warnings []string // what the reader worked around
	Err      error    // the reader failed on this item
}

// sourceHash is the hash a store keeps to recognise an item read again:
// its id, metadata and bytes.
func (it *Item) sourceHash() string {
	h := sha256.New()
	for _, s := range []string{it.ID, it.URL, it.Outlet, it.Title, strings.Join(it.Byline, "; "), it.Published, it.Modified} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write(it.Text)
	h.Write([]byte{0})
	h.Write(it.HTML)
	return hex.EncodeToString(h.Sum(nil))
}

// dateLayouts are the date formats found in feeds, pages and JSON.
var dateLayouts = []string{
	"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
	"2006-01-02T15:04:05Z0700", "2006-01-02 15:04:05Z07:00", time.RFC1123Z, time.RFC1123, time.RFC822Z,
	time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006",
	"January 2, 2006", "Jan 2, 2006", "20060102", "2006/01/02", "02 January 2006",
}

// normDate returns s as YYYY-MM-DD, or "" and false when it is no date.
func normDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1800 || t.Year() > 2200 {
				return "", false
			}
			return t.Format("2006-01-02"), true
		}
	}
	if len(s) > 10 {
		if d, ok := normDate(s[:10]); ok && d != "" {
			return d, true
		}
	}
	return "", false
}
