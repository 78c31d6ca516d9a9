package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/text"
)

// prepare fetches, decodes and extracts one item. It returns nil and no
// error when the store already holds the item as read (known reports the
// current source hash of an id).
func prepare(ctx context.Context, it *Item, f *Fetcher, parse bool, known func(id string) (string, error)) (*newsgraph.Submission, error) {
	if it.Err != nil {
		return nil, it.Err
	}
	if it.Fetch != "" {
		p, err := f.Get(ctx, it.Fetch)
		if err != nil {
			return nil, err
		}
		it.HTML, it.ContentType = p.Body, p.ContentType
		if it.URL == "" {
			it.URL = p.URL
		}
		if strings.HasPrefix(p.ContentType, "text/plain") {
			it.Text, it.HTML = p.Body, nil
		}
	}
	if it.ID == "" && it.URL != "" {
		it.ID = it.URL
	}
	var hash string
	if it.ID != "" {
		hash = it.sourceHash()
		if h, err := known(it.ID); err != nil {
			return nil, err
		} else if h == hash {
			return nil, nil
		}
	}
	basis := it.Basis
	if len(it.HTML) > 0 {
		p, warns, err := extractHTML(it.HTML, it.ContentType, it.URL)
		it.Warnings = append(it.Warnings, warns...)
		if err != nil {
			return nil, err
		}
		it.Text = []byte(p.Text)
		fill(&it.Title, p.Title)
		fill(&it.Outlet, p.Outlet)
		fill(&it.URL, p.URL)
		if len(it.Byline) == 0 {
			it.Byline = p.Byline
		}
		if it.Published == "" && p.Published != "" {
			it.Published, basis = p.Published, newsgraph.BasisMetadata
		}
		fill(&it.Modified, p.Modified)
	}
	published, ok := normDate(it.Published)
	if !ok {
		it.Warnings = append(it.Warnings, fmt.Sprintf("published date %q not understood; left out", it.Published))
	}
	modified, ok := normDate(it.Modified)
	if !ok {
		it.Warnings = append(it.Warnings, fmt.Sprintf("modified date %q not understood; left out", it.Modified))
	}
	src, _, err := text.Decode(it.Text)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(src) == "" {
		return nil, fmt.Errorf("no text")
	}
	if it.ID == "" {
		sum := sha256.Sum256([]byte(src))
		it.ID = hex.EncodeToString(sum[:8])
		hash = it.sourceHash()
		if h, err := known(it.ID); err != nil {
			return nil, err
		} else if h == hash {
			return nil, nil
		}
	}
	lang := language(src)
	var rec *newsgraph.Record
	if lang == "en" {
		rec, err = extract.Article(extract.Input{ID: it.ID, URL: it.URL, Outlet: it.Outlet, Title: it.Title, Published: published, Text: []byte(src), Patterns: !parse})
		if err != nil {
			return nil, err
		}
	} else {
		rec = unextracted(it, src, lang, published)
	}
	if len(it.Byline) > 0 {
		rec.Article.Byline = it.Byline
	}
	if published != "" && basis != "" {
		b := basis
		rec.Article.PublishedBasis = &b
	}
	sub := newsgraph.NewSubmission(rec, it.Source, hash, lang == "en")
	if modified != "" {
		sub.Modified = &modified
	}
	return sub, nil
}

// unextracted is the record of an article in a language the pipeline
// does not read: the article alone, flagged by its language.
func unextracted(it *Item, src, lang, published string) *newsgraph.Record {
	r := &newsgraph.Record{
		Schema:    newsgraph.Schema,
		Extractor: newsgraph.Extractor{Name: "newsgraph", Version: newsgraph.Version},
		Article: newsgraph.Article{
			ID: it.ID, Language: lang, Title: it.Title, Byline: []string{}, Text: src,
		},
		Entities: []newsgraph.Entity{}, Quotes: []newsgraph.Quote{}, Times: []newsgraph.Time{}, Events: []newsgraph.Event{},
		Diagnostics: []newsgraph.Diagnostic{{Stage: "ingest", Offset: -1, Message: "language " + lang + " is not read by the pipeline; article stored unextracted"}},
	}
	if it.URL != "" {
		u := it.URL
		r.Article.URL = &u
	}
	if it.Outlet != "" {
		o := it.Outlet
		r.Article.Outlet = &o
	}
	if published != "" {
		p, b := published, newsgraph.BasisGiven
		r.Article.Published, r.Article.PublishedBasis = &p, &b
	}
	return r
}

func fill(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}
