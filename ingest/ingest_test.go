package ingest_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/sqlite"
)

func openDB(t testing.TB, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	write(t, to, b)
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// server serves a story page, a feed whose second item carries only a
// summary, and failing pages.
func server(t *testing.T) *httptest.Server {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "newsgraph/") {
			http.Error(w, "no user agent", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed(srv.URL))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("<p>word</p>"), 20000))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// longStory is an article body of our own, long enough not to count as a
// summary.
const longStory = `The ferry company said on Thursday that it would add a second boat to the island route from
May, after a winter in which passengers were turned away on eleven days. The harbour board approved the plan at
its meeting and asked the company to publish a timetable by the end of the month. “We heard the islanders,” said
the company's director, Pia Sorensen. “Nobody should be left on the quay.” The board's chairman said the cost of
the new berth would be shared between the company and the county, and that work would start in the summer.`

func rssFeed(base string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Island Times</title><link>` + base + `</link>
<item><title>Second ferry for the islands</title><link>` + base + `/ferry</link>
<pubDate>Thu, 07 Mar 2024 08:00:00 +0000</pubDate><author>desk@island.example (Ole Dam)</author>
<description><![CDATA[<p>` + strings.ReplaceAll(longStory, "\n", " ") + `</p>]]></description></item>
<item><title>Council limits water</title><link>` + base + `/story</link>
<pubDate>Tue, 05 Mar 2024 09:00:00 +0000</pubDate>
<description>The council voted to limit water for the plant.</description></item>
</channel></rss>`
}

// warcRecord returns one WARC record; a short block truncates it.
func warcRecord(typ, uri, contentType, block string, truncate int) string {
	n := len(block)
	if truncate > 0 {
		block = block[:truncate]
	}
	h := "WARC/1.0\r\nWARC-Type: " + typ + "\r\nWARC-Record-ID: <urn:uuid:" + fmt.Sprint(len(uri)) + ">\r\n"
	if uri != "" {
		h += "WARC-Target-URI: " + uri + "\r\n"
	}
	h += "WARC-Date: 2024-03-08T10:00:00Z\r\nContent-Type: " + contentType + "\r\n" + fmt.Sprintf("Content-Length: %d\r\n\r\n", n)
	if truncate > 0 {
		return h + block
	}
	return h + block + "\r\n\r\n"
}

func httpResponse(contentType, body string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n" + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
}

// warcFile returns a WARC file with an article, records to pass over and,
// when truncated, a last record cut short.
func warcFile(t *testing.T, truncated bool) []byte {
	page, _ := os.ReadFile("testdata/page.html")
	page = bytes.Replace(page, []byte("valleypost.example/news/council-water"), []byte("valleypost.example/news/council-water-warc"), 1)
	recs := []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n", 0),
		warcRecord("request", "https://valleypost.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: valleypost.example\r\n\r\n", 0),
		warcRecord("response", "https://valleypost.example/a", "application/http; msgtype=response", httpResponse("text/html; charset=utf-8", string(page)), 0),
		warcRecord("response", "https://valleypost.example/logo.png", "application/http; msgtype=response", httpResponse("image/png", "\x89PNG...."), 0),
		warcRecord("resource", "https://wire.example/plain", "text/plain", longStory, 0),
	}
	if truncated {
		recs = append(recs, warcRecord("response", "https://valleypost.example/cut", "application/http; msgtype=response", httpResponse("text/html", string(page)), 300))
	}
	var buf bytes.Buffer
	for _, r := range recs {
		z := gzip.NewWriter(&buf) // one gzip member per record, as crawlers write
		z.Write([]byte(r))
		z.Close()
	}
	return buf.Bytes()
}

func tarGz(t *testing.T, files map[string]string) []byte {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	tw := tar.NewWriter(z)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		tw.WriteHeader(&tar.Header{Name: n, Mode: 0o644, Size: int64(len(files[n])), Typeflag: tar.TypeReg})
		tw.Write([]byte(files[n]))
	}
	tw.Close()
	z.Close()
	return buf.Bytes()
}

// wrongCharset is a page that declares UTF-8 but is written in
// Windows-1252.
var wrongCharset = []byte("<html><head><meta charset=\"utf-8\"><title>Caf\xe9 owners protest</title></head><body><article>" +
	"<p>Caf\xe9 owners in the old town protested on Saturday against the new terrace fees, which the council doubled in January without consulting them.</p>" +
	"<p>\x93We cannot pay twice as much for the same pavement,\x94 said Ren\xe9e Marchal, who has run a caf\xe9 on the square for twenty years.</p>" +
	"<p>The council said the fees had not changed in a decade and that the money would pay for new paving.</p></article></body></html>")
