package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// summaryOnly is the text length under which a feed item is taken to
// carry only a summary, so that its page is fetched.
const summaryOnly = 400

// feed reads an RSS, Atom or JSON feed. Items that carry only a summary
// are fetched from their links. base, when the feed came from the web,
// resolves relative links.
func (r *reader) feed(name, base string, b []byte) error {
	fd, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return r.emit(&Item{Source: name, Err: fmt.Errorf("feed: %w", err)})
	}
	outlet := strings.TrimSpace(fd.Title)
	for i, fi := range fd.Items {
		it := &Item{
			Source:    fmt.Sprintf("%s#%d", name, i+1),
			Title:     strings.TrimSpace(fi.Title),
			Outlet:    outlet,
			Published: fi.Published,
			Modified:  fi.Updated,
			Basis:     "metadata",
		}
		if fi.PublishedParsed != nil {
			it.Published = fi.PublishedParsed.UTC().Format("2006-01-02")
		}
		if fi.UpdatedParsed != nil {
			it.Modified = fi.UpdatedParsed.UTC().Format("2006-01-02")
		}
		for _, a := range fi.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				it.Byline = append(it.Byline, strings.TrimSpace(a.Name))
			}
		}
		link := resolve(base, fi.Link)
		it.URL = link
		it.ID = link
		if it.ID == "" {
			it.ID = fi.GUID
		}
		body := fi.Content
		if len(htmlText(fi.Description)) > len(htmlText(body)) {
			body = fi.Description
		}
		txt := htmlText(body)
		switch {
		case len(txt) < summaryOnly && isURL(link) && !r.noFetch:
			it.Fetch = link
		case txt == "":
			it.Err = fmt.Errorf("feed item has no text and no link to fetch")
		default:
			if len(txt) < summaryOnly {
				it.Warnings = append(it.Warnings, "feed item carries only a summary")
			}
			it.Text = []byte(txt)
		}
		if err := r.emit(it); err != nil {
			return err
		}
	}
	return nil
}

// resolve makes link absolute against base.
func resolve(base, link string) string {
	link = strings.TrimSpace(link)
	if base == "" || link == "" {
		return link
	}
	b, err := url.Parse(base)
	if err != nil {
		return link
	}
	l, err := b.Parse(link)
	if err != nil {
		return link
	}
	return l.String()
}

// blocks are the elements that end a paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true, "pre": true,
}

// htmlText returns the text of an HTML fragment with a blank line between
// blocks; plain text comes back trimmed.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return strings.TrimSpace(html.UnescapeString(s))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return strings.TrimSpace(s)
	}
	return nodesText(nodes)
}

// nodesText returns the text under HTML nodes, a blank line between
// blocks and spaces collapsed inside them.
func nodesText(nodes []*html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blocks[n.Data] {
			b.WriteString("\n\n")
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	var paras []string
	for _, p := range strings.Split(b.String(), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
