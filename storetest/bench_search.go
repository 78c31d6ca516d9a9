package storetest

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

// benchFirst and benchLast make the cast of FillArticles: 400 people.
var (
	benchFirst = strings.Fields(`Mira Karl Eva Tomas Lena Pia Jonas Ida Emil Sara Nils Alma Otto Vera Leo Runa Aron Maja Finn Elin`)
	benchLast  = strings.Fields(`Holt Brandt Lind Berg Voss Sorensen Dahl Engel Falk Gran Hagen Isak Jansen Krog Lund Moe Nyberg Ost Rask Strand`)
)

// FillArticles stores n articles in batches of 200, each quoting three
// people of a cast of 400 (a few of them far more often than the rest)
// and naming an organisation, over a year of dates and nine outlets:
// the shape of a news store, for timing searches.
func FillArticles(tb testing.TB, s newsgraph.Store, n int) {
	tb.Helper()
	rng := rand.New(rand.NewSource(11))
	person := func() string {
		// Squaring favours the first names of both lists.
		f, l := rng.Float64(), rng.Float64()
		return benchFirst[int(f*f*float64(len(benchFirst)))] + " " + benchLast[int(l*l*float64(len(benchLast)))]
	}
	var batch []*newsgraph.Submission
	for a := range n {
		var text strings.Builder
		people := map[string]bool{}
		var quotes [][2]string
		for range 3 {
			p := person()
			w := make([]string, 8+rng.Intn(10))
			for i := range w {
				w[i] = benchWords[rng.Intn(len(benchWords))]
			}
			q := strings.Join(w, " ")
			fmt.Fprintf(&text, "“%s,” said %s. ", q, p)
			people[p] = true
			quotes = append(quotes, [2]string{q, p})
		}
		org := fmt.Sprintf("%s Council", strings.ToUpper(benchWords[rng.Intn(len(benchWords))][:1])+benchWords[rng.Intn(len(benchWords))][1:])
		fmt.Fprintf(&text, "The %s met.", org)
		d := article(fmt.Sprintf("art-%06d", a), fmt.Sprintf("Outlet %d", a%9),
			fmt.Sprintf("2024-%02d-%02d", 1+rng.Intn(12), 1+rng.Intn(28)), text.String())
		ids := map[string]string{}
		for p := range people {
			ids[p] = fmt.Sprintf("E%d", len(ids)+1)
			d.entity(ids[p], p, newsgraph.Person, p)
		}
		d.entity("E9", org, newsgraph.Organization, org)
		for i, q := range quotes {
			d.quote(fmt.Sprintf("Q%d", i+1), q[0], ids[q[1]])
		}
		batch = append(batch, d.sub())
		if len(batch) == 200 || a == n-1 {
			if _, err := s.PutArticles(context.Background(), batch); err != nil {
				tb.Fatal(err)
			}
			batch = batch[:0]
		}
	}
}

// BenchmarkSearch times the store calls behind a search over a store that
// FillArticles filled: entities by part of a name, quotes by speaker and
// articles by words, a page of 50 each, and a later page.
func BenchmarkSearch(b *testing.B, s newsgraph.Store) {
	ctx := context.Background()
	for _, c := range []struct {
		name string
		run  func() (int, error)
	}{
		{"Entities/holt", func() (int, error) {
			h, err := s.Entities(ctx, newsgraph.Filter{Entity: "holt", Limit: 51})
			return len(h), err
		}},
		{"Entities/all", func() (int, error) {
			h, err := s.Entities(ctx, newsgraph.Filter{Limit: 51})
			return len(h), err
		}},
		{"Entities/outlet", func() (int, error) {
			h, err := s.Entities(ctx, newsgraph.Filter{Entity: "mira", Outlet: "Outlet 3", Limit: 51})
			return len(h), err
		}},
		{"Quotes/speaker", func() (int, error) {
			h, err := s.Quotes(ctx, newsgraph.Filter{Speaker: "Mira Holt", Limit: 51})
			return len(h), err
		}},
		{"Quotes/speaker_part", func() (int, error) {
			h, err := s.Quotes(ctx, newsgraph.Filter{Speaker: "holt", Limit: 51})
			return len(h), err
		}},
		{"Articles/text", func() (int, error) {
			h, err := s.Articles(ctx, newsgraph.Filter{Text: "council", Limit: 51})
			return len(h), err
		}},
		{"Articles/text_page_20", func() (int, error) {
			h, err := s.Articles(ctx, newsgraph.Filter{Text: "council", Limit: 51, Offset: 19 * 50})
			return len(h), err
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if n, err := c.run(); err != nil || n == 0 {
					b.Fatalf("%d hits, %v", n, err)
				}
			}
		})
	}
}
