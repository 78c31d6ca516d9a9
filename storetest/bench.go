package storetest

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

// benchWords are the words of generated quotes.
var benchWords = strings.Fields(`water council reservoir farmers plant harbour ferry bridge budget school teachers
strike wages prices taxes fees rents road rail port island valley town city county region minister mayor union
company board committee report inquiry court police storm flood drought fire grain timber steel coal money week
month year spring summer autumn winter will must cannot should promise warn ask refuse accept approve reject
delay open close raise cut build repair protect defend attack support oppose agree disagree`)

// FillQuotes stores articles holding n generated quotes in all, twenty to
// an article, with speakers from a small cast.
func FillQuotes(tb testing.TB, s newsgraph.Store, n int) {
	tb.Helper()
	rng := rand.New(rand.NewSource(7))
	cast := []string{"Mira Holt", "Karl Brandt", "Eva Lind", "Tomas Berg", "Lena Voss", "Pia Sorensen"}
	var batch []*newsgraph.Submission
	for a := 0; a*20 < n; a++ {
		var text strings.Builder
		var quotes []string
		for q := 0; q < 20 && a*20+q < n; q++ {
			w := make([]string, 8+rng.Intn(10))
			for i := range w {
				w[i] = benchWords[rng.Intn(len(benchWords))]
			}
			quote := strings.Join(w, " ") + fmt.Sprintf(" %d", a*20+q)
			quotes = append(quotes, quote)
			fmt.Fprintf(&text, "“%s,” said %s. ", quote, cast[q%len(cast)])
		}
		d := article(fmt.Sprintf("bench-%06d", a), fmt.Sprintf("Outlet %d", a%9), fmt.Sprintf("2024-%02d-%02d", 1+a%12, 1+a%28), text.String())
		for i, c := range cast {
			if strings.Contains(text.String(), c) {
				d.entity(fmt.Sprintf("E%d", i+1), c, newsgraph.Person, c)
			}
		}
		for q, quote := range quotes {
			d.quote(fmt.Sprintf("Q%d", q+1), quote, fmt.Sprintf("E%d", q%len(cast)+1))
		}
		batch = append(batch, d.sub())
		if len(batch) == 200 {
			if _, err := s.PutArticles(context.Background(), batch); err != nil {
				tb.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if len(batch) > 0 {
		if _, err := s.PutArticles(context.Background(), batch); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkQuoteSearch times full-text quote searches over a store that
// FillQuotes filled: one word, two words, a word with a speaker, and a
// word within dates.
func BenchmarkQuoteSearch(b *testing.B, s newsgraph.Store) {
	ctx := context.Background()
	for _, f := range []newsgraph.Filter{
		{Text: "reservoir", Limit: 50},
		{Text: "drought farmers", Limit: 50},
		{Text: "strike", Speaker: "Mira Holt", Limit: 50},
		{Text: "bridge", From: "2024-03-01", To: "2024-04-30", Limit: 50},
	} {
		b.Run(strings.ReplaceAll(fmt.Sprintf("%s/%s", f.Text, f.Speaker), " ", "_"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				hits, err := s.Quotes(ctx, f)
				if err != nil || len(hits) == 0 {
					b.Fatalf("Quotes(%+v) = %d hits, %v", f, len(hits), err)
				}
			}
		})
	}
}
