package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newsgraph/newsgraph/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// page is what extractHTML finds in a page.
type page struct {
	Text      string
	Title     string
	Byline    []string
	Published string // YYYY-MM-DD or ""
	Modified  string
	Outlet    string
	URL       string // canonical, when the page names one
	Language  string // as the page declares it
}

// decodeHTML returns an HTML page as UTF-8. The bytes decide over a
// declared charset: valid UTF-8 is read as UTF-8 whatever the page says,
// and bytes that a UTF-8 declaration gets wrong are decoded by detection.
// What was overruled is returned as a warning.
func decodeHTML(b []byte, contentType string) ([]byte, string, error) {
	_, declared, _ := charset.DetermineEncoding(b, contentType)
	if utf8.Valid(b) {
		if declared != "utf-8" && declared != "windows-1252" && hasNonASCII(b) {
			return b, fmt.Sprintf("charset declared as %s but the page is valid UTF-8; read as UTF-8", declared), nil
		}
		return b, "", nil
	}
	if declared == "utf-8" {
		s, _, err := text.Decode(b)
		if err != nil {
			return nil, "", err
		}
		return []byte(s), "charset declared as UTF-8 but the page is not; decoded by detection", nil
	}
	e, _ := charset.Lookup(declared)
	if e == nil {
		s, _, err := text.Decode(b)
		return []byte(s), "unknown charset " + declared + "; decoded by detection", err
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return nil, "", fmt.Errorf("decoding %s: %w", declared, err)
	}
	return out, "", nil
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// extractHTML finds the body and metadata of a page. pageURL, when known,
// resolves relative links and names the outlet when the page does not.
func extractHTML(raw []byte, contentType, pageURL string) (*page, []string, error) {
	var warnings []string
	b, warn, err := decodeHTML(raw, contentType)
	if err != nil {
		return nil, nil, err
	}
	if warn != "" {
		warnings = append(warnings, warn)
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, warnings, fmt.Errorf("parsing HTML: %w", err)
	}
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := extractSafely(doc, opts)
	if err == nil && res.ContentNode == nil {
		err = fmt.Errorf("empty")
	}
	if err != nil {
		return nil, warnings, fmt.Errorf("no article text found: %w", err)
	}
	p := &page{
		Text:     nodesText([]*html.Node{res.ContentNode}),
		Title:    strings.TrimSpace(res.Metadata.Title),
		Outlet:   strings.TrimSpace(res.Metadata.Sitename),
		URL:      res.Metadata.URL,
		Language: res.Metadata.Language,
	}
	for _, a := range strings.Split(res.Metadata.Author, ";") {
		if a = strings.TrimSpace(a); a != "" {
			p.Byline = append(p.Byline, a)
		}
	}
	if !res.Metadata.Date.IsZero() {
		p.Published = res.Metadata.Date.Format("2006-01-02")
	}
	if m, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: false, SkipExtensiveSearch: true, URL: pageURL}); err == nil && !m.DateTime.IsZero() {
		if d := m.DateTime.Format("2006-01-02"); d != p.Published {
			p.Modified = d
		}
	}
	if p.Outlet == "" && opts.OriginalURL != nil {
		p.Outlet = strings.TrimPrefix(opts.OriginalURL.Hostname(), "www.")
	}
	if p.Text == "" {
		return nil, warnings, fmt.Errorf("no article text found")
	}
	return p, warnings, nil
}

// extractSafely runs trafilatura, turning a panic on odd markup into an
// error for this page alone.
func extractSafely(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extractor failed: %v", r)
		}
	}()
	return trafilatura.ExtractDocument(doc, opts)
}
