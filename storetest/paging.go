package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

// testPaging pages through quotes, articles, entities and statements with
// Limit and Offset: the pages, one after another, are the whole list.
func testPaging(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	put(t, s, quoteDocs()...)
	lists := map[string]func(f newsgraph.Filter) ([]string, error){
		"Quotes": func(f newsgraph.Filter) ([]string, error) {
			hits, err := s.Quotes(ctx, f)
			var out []string
			for _, h := range hits {
				out = append(out, h.ArticleID+"/"+h.QuoteID)
			}
			return out, err
		},
		"Quotes by text": func(f newsgraph.Filter) ([]string, error) {
			f.Text = "reservoir"
			hits, err := s.Quotes(ctx, f)
			var out []string
			for _, h := range hits {
				out = append(out, h.ArticleID+"/"+h.QuoteID)
			}
			return out, err
		},
		"Quotes by speaker": func(f newsgraph.Filter) ([]string, error) {
			f.Speaker = "holt"
			hits, err := s.Quotes(ctx, f)
			var out []string
			for _, h := range hits {
				out = append(out, h.ArticleID+"/"+h.QuoteID)
			}
			return out, err
		},
		"Articles": func(f newsgraph.Filter) ([]string, error) {
			hits, err := s.Articles(ctx, f)
			var out []string
			for _, h := range hits {
				out = append(out, h.ID)
			}
			return out, err
		},
		"Articles by text": func(f newsgraph.Filter) ([]string, error) {
			f.Text = "said"
			hits, err := s.Articles(ctx, f)
			var out []string
			for _, h := range hits {
				out = append(out, h.ID)
			}
			return out, err
		},
		"Entities": func(f newsgraph.Filter) ([]string, error) {
			hits, err := s.Entities(ctx, f)
			var out []string
			for _, h := range hits {
				out = append(out, h.ID)
			}
			return out, err
		},
	}
	for name, list := range lists {
		all, err := list(newsgraph.Filter{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(all) < 2 {
			t.Fatalf("%s = %v, want two or more to page through", name, all)
		}
		var paged []string
		for off := 0; off <= len(all); off += 2 {
			page, err := list(newsgraph.Filter{Limit: 2, Offset: off})
			if err != nil {
				t.Fatalf("%s offset %d: %v", name, off, err)
			}
			paged = append(paged, page...)
		}
		if strings.Join(paged, " ") != strings.Join(all, " ") {
			t.Errorf("%s by pages of 2 = %v, want %v", name, paged, all)
		}
		if page, _ := list(newsgraph.Filter{Offset: len(all)}); len(page) != 0 {
			t.Errorf("%s past the end = %v, want none", name, page)
		}
	}
}

// testEntityCounts checks that an entity's counts and the names it is
// found by follow revisions of its articles.
func testEntityCounts(t *testing.T, s newsgraph.Store) {
	ctx := context.Background()
	holt := func(id, text, name string, mentions ...string) *doc {
		return article(id, "Wire", "2024-05-01", text).entity("E1", name, newsgraph.Person, mentions...)
	}
	put(t, s,
		holt("c1", "Mira Holt spoke. Mira Holt left.", "Mira Holt", "Mira Holt", "Mira Holt"),
		holt("c2", "Mayor Mira Holt, or Mira Holt, spoke.", "Mayor Mira Holt", "Mira Holt"),
	)
	check := func(when string, articles, mentions int) {
		t.Helper()
		e, err := s.Entity(ctx, "person:mira-holt")
		if err != nil {
			t.Fatalf("%s: Entity: %v", when, err)
		}
		if e.Articles != articles || e.Mentions != mentions {
			t.Errorf("%s: Entity = %d articles %d mentions, want %d %d", when, e.Articles, e.Mentions, articles, mentions)
		}
		hits, err := s.Entities(ctx, newsgraph.Filter{Entity: "holt"})
		if err != nil {
			t.Fatalf("%s: Entities: %v", when, err)
		}
		if len(hits) != 1 || hits[0].Articles != articles || hits[0].Mentions != mentions {
			t.Errorf("%s: Entities(holt) = %+v, want one in %d articles", when, hits, articles)
		}
	}
	check("stored", 2, 3)
	// A revision that drops the entity from c2.
	put(t, s, article("c2", "Wire", "2024-05-01", "Nobody spoke."))
	check("after revision", 1, 2)
	if hits, _ := s.Entities(ctx, newsgraph.Filter{Entity: "mayor"}); len(hits) != 0 {
		t.Errorf("Entities(mayor), a name of a revised article only = %+v, want none", hits)
	}
	// The same entity named twice in one article counts the article once.
	put(t, s, holt("c3", "Mira Holt and Mira Holt.", "Mira Holt", "Mira Holt").
		entity("E2", "Mira Holt", newsgraph.Person, "Mira Holt"))
	check("named twice", 2, 4)
	var many []*doc
	for i := range 5 {
		many = append(many, holt(fmt.Sprintf("c%d", 10+i), "Mira Holt again.", "Mira Holt", "Mira Holt"))
	}
	put(t, s, many...)
	check("seven articles", 7, 9)
}
