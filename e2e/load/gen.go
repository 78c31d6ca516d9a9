package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/examples"
)

// genArticle is one generated article, in the JSON lines fields that
// newsgraph ingest reads (ingest/json.go).
type genArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
}

// genOutlets are the invented outlets the generated articles spread over.
var genOutlets = []string{
	"Northern Courier", "Harbour Post", "Daily Ledger", "Evening Standard-Times", "Valley Herald",
	"Continental Wire", "Morning Dispatch", "Baltic Observer", "Steppe Review", "River City Gazette",
	"Capital Bulletin", "Coastal Chronicle",
}

// The generated dates fall in the two years from genFrom.
var genFrom = time.Date(2023, time.July, 1, 0, 0, 0, 0, time.UTC)

const genDays = 731

var (
	// weekdayRe finds the first weekday an article names: the day of
	// its events, kept as the weekday of the generated date.
	weekdayRe = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	// datelineMD and datelineDMY find a dated dateline
	// ("GENEVA, March 3 (Reuters) —", "ULAANBAATAR, 14 August 2024 —").
	datelineMD  = regexp.MustCompile(`^([A-Z][A-Z .'-]*, )(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b`)
	datelineDMY = regexp.MustCompile(`^([A-Z][A-Z .'-]*, )\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b`)
)

// example is one example article split into headline and body.
type example struct {
	name, headline, body string
	weekday              time.Weekday
	named                bool // the body names a weekday
}

// loadExamples reads the example articles in name order.
func loadExamples() ([]example, error) {
	names, err := fs.Glob(examples.Articles, "*.txt")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no example articles")
	}
	var out []example
	for _, name := range names {
		b, err := fs.ReadFile(examples.Articles, name)
		if err != nil {
			return nil, err
		}
		headline, body, ok := strings.Cut(strings.TrimSpace(strings.ReplaceAll(string(b), "\r\n", "\n")), "\n\n")
		if !ok {
			return nil, fmt.Errorf("%s: no blank line after the headline", name)
		}
		ex := example{name: strings.TrimSuffix(name, ".txt"), headline: strings.TrimSpace(headline), body: strings.TrimSpace(body)}
		if m := weekdayRe.FindString(ex.body); m != "" {
			for d := time.Sunday; d <= time.Saturday; d++ {
				if d.String() == m {
					ex.weekday, ex.named = d, true
				}
			}
		}
		out = append(out, ex)
	}
	return out, nil
}

// generate writes n articles as JSON lines to w, made from the example
// articles in turn: each with its own id, URL, outlet, a publication
// date in the two years from genFrom (on the weekday the article names,
// with a dated dateline rewritten to it) and a number in its title. The
// same n gives the same bytes, and the first articles of a larger n are
// those of a smaller one.
func generate(w io.Writer, n int) error {
	exs, err := loadExamples()
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(20230701, 10000))
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range n {
		ex := exs[i%len(exs)]
		outlet := genOutlets[rng.IntN(len(genOutlets))]
		day := genFrom.AddDate(0, 0, rng.IntN(genDays))
		if ex.named {
			day = day.AddDate(0, 0, (int(ex.weekday)-int(day.Weekday())+7)%7)
			if day.Sub(genFrom) >= genDays*24*time.Hour {
				day = day.AddDate(0, 0, -7)
			}
		}
		body := datelineMD.ReplaceAllString(ex.body, "${1}"+day.Format("January 2"))
		body = datelineDMY.ReplaceAllString(body, "${1}"+day.Format("2 January 2006"))
		num := i + 1
		a := genArticle{
			ID:        fmt.Sprintf("load-%06d", num),
			URL:       fmt.Sprintf("https://%s.example/%s/%s-%d", slug(outlet), day.Format("2006/01/02"), ex.name, num),
			Title:     fmt.Sprintf("%s (No. %d)", ex.headline, num),
			Text:      body,
			Outlet:    outlet,
			Published: day.Format("2006-01-02"),
		}
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// slug turns an outlet's name into a host name label.
func slug(s string) string {
	return strings.Trim(strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return '-'
	}, s), "-")
}
