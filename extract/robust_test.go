package extract

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	newsgraph "github.com/newsgraph/newsgraph"
)

func TestArticleEmpty(t *testing.T) {
	r, err := Article(Input{})
	if err != nil {
		t.Fatalf("empty input: %v", err)
	}
	checkRecord(t, r)
	if r.Article.Text != "" {
		t.Errorf("article.text = %q, want empty", r.Article.Text)
	}
	if len(r.Quotes) != 0 {
		t.Errorf("empty input gave %d quotes: %+v", len(r.Quotes), r.Quotes)
	}
}

// hugeParagraph is one paragraph of a large input: a direct quote, a
// partial quote and an indirect one, each attributed to a named person.
const hugeParagraph = "Dock workers in Kiel stopped work on Monday. “We will not go back until the cranes are safe,” said Anna Berg, a steward of the dockers’ union. " +
	"The port director, Lars Holm, said the cranes were “perfectly sound” and that talks would resume on Friday. " +
	"\"Nobody wants a long strike,\" Holm told reporters.\n\n"

// hugeOdd are the odd paragraphs mixed into the large input, one after
// every oddEvery ordinary ones: an opening mark never closed, a lone
// guillemet, closing marks only, and a paragraph with no break after it.
var hugeOdd = []string{
	"“The talks broke down, the union said, and nobody closed this quotation.\n\n",
	"A lone « sits here, said Anna Berg.\n\n",
	"” Closing ” marks ” only, said Lars Holm.”\n\n",
	"„Mixed \"straight” and ‘curly“ marks,’ he said» ",
}

const oddEvery = 50

// TestArticleHuge checks that a 50 MB input extracts without error in
// reasonable time and gives a valid record.
func TestArticleHuge(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input; skipped with -short")
	}
	const size = 50 << 20
	var buf bytes.Buffer
	buf.Grow(size + 1024)
	paragraphs := 0
	for buf.Len() < size {
		buf.WriteString(hugeParagraph)
		paragraphs++
		if paragraphs%oddEvery == 0 {
			buf.WriteString(hugeOdd[(paragraphs/oddEvery)%len(hugeOdd)])
		}
	}
	// The cost must grow linearly: time a prefix of 1/50 of the input
	// first.
	prefix := buf.Bytes()[:bytes.LastIndex(buf.Bytes()[:buf.Len()/50], []byte("\n\n"))+2]
	start := time.Now()
	if _, err := Article(Input{ID: "prefix", Text: prefix}); err != nil {
		t.Fatalf("%d KB prefix: %v", len(prefix)>>10, err)
	}
	small := time.Since(start)
	start = time.Now()
	r, err := Article(Input{ID: "huge", Text: buf.Bytes()})
	elapsed := time.Since(start)
	if err != nil {
		t.Fatalf("%d MB input: %v", buf.Len()>>20, err)
	}
	t.Logf("%d MB, %d paragraphs: %d quotes, %d entities, %d diagnostics in %v (%d KB prefix in %v)",
		buf.Len()>>20, paragraphs, len(r.Quotes), len(r.Entities), len(r.Diagnostics), elapsed, len(prefix)>>10, small)
	if limit := 4 * small * time.Duration(buf.Len()/len(prefix)); elapsed > limit {
		t.Errorf("extraction took %v, more than 4 times the %v that linear growth from the prefix predicts", elapsed, limit/4)
	}
	if limit := 8 * time.Minute; elapsed > limit {
		t.Errorf("extraction took %v, more than %v", elapsed, limit)
	}
	if r.Article.Text != buf.String() {
		t.Errorf("article.text differs from the input")
	}
	checkRecord(t, r)
	// Every ordinary paragraph holds the same direct quote; an odd one
	// may swallow its own paragraph's but no more.
	const want = "We will not go back until the cranes are safe,"
	if got, least := directQuotes(r, want), paragraphs-paragraphs/oddEvery; got < least {
		t.Errorf("found the direct quote %q %d times, want at least %d", want, got, least)
	}
}

// directQuotes counts the direct quotes of r whose text is s.
func directQuotes(r *newsgraph.Record, s string) int {
	n := 0
	for _, q := range r.Quotes {
		if q.Kind == newsgraph.Direct && q.Text == s {
			n++
		}
	}
	return n
}

func TestArticleBinary(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 4096)...)
	r, err := Article(Input{Text: png})
	if err == nil {
		t.Fatalf("PNG header and zero bytes: no error, record with text %q", r.Article.Text)
	}
	if code := newsgraph.ErrorCode(err); code != newsgraph.EINVALID {
		t.Errorf("error %q has code %q, want %q", err, code, newsgraph.EINVALID)
	}
}

// TestArticleUnclosedQuote checks that an opening quotation mark never
// closed in paragraph 2 does not swallow the quotes of paragraphs 3 and 4.
func TestArticleUnclosedQuote(t *testing.T) {
	const (
		p3 = "We are close to an agreement on the annex,"
		p4 = "Only the question of summer flows remains open,"
	)
	tests := []struct {
		name, text string
		// continued is set when paragraph 3 opens with a quotation mark,
		// which reads as the continuation of paragraph 2's quote: its
		// content may then be that quote's second fragment.
		continued bool
	}{
		{
			name: "mark inside paragraph 2",
			text: "Negotiators on the Rhine water treaty met again in Geneva on Tuesday.\n\n" +
				"The chair complained that “the delegations arrived late and the session opened without them, according to two officials.\n\n" +
				"Jane Doe leads the Swiss delegation. “" + p3 + "” Jane Doe said.\n\n" +
				"The talks go on until Friday. “" + p4 + "” Jane Doe said.\n",
		},
		{
			name: "mark opening paragraph 2",
			text: "Negotiators on the Rhine water treaty met again in Geneva on Tuesday.\n\n" +
				"“The delegations arrived late and the chair opened the session without them, according to two officials.\n\n" +
				"In the afternoon, “" + p3 + "” Jane Doe said.\n\n" +
				"At the close, “" + p4 + "” Jane Doe said.\n",
		},
		{
			name: "paragraph 3 reopens the mark",
			text: "Negotiators on the Rhine water treaty met again in Geneva on Tuesday.\n\n" +
				"“The delegations arrived late and the chair opened the session without them, according to two officials.\n\n" +
				"“" + p3 + "” Jane Doe said.\n\n" +
				"“" + p4 + "” Jane Doe said.\n",
			continued: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Article(Input{Text: []byte(tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			checkRecord(t, r)
			for _, q := range r.Quotes {
				for _, f := range append([]newsgraph.Span{q.Span}, q.Fragments...) {
					if strings.Contains(f.Text, "\n") {
						t.Errorf("quote %s runs over a paragraph break: %q", q.ID, f.Text)
					}
				}
			}
			for i, want := range []string{p3, p4} {
				q := quoteWith(r, want, tt.continued && i == 0)
				if q == nil {
					t.Errorf("no quote %q; quotes:%s", want, quoteList(r))
					continue
				}
				if q.Kind != newsgraph.Direct {
					t.Errorf("quote %q: kind %s, want direct", want, q.Kind)
				}
				if got := speakerName(r, q); got != "Jane Doe" {
					t.Errorf("quote %q: speaker %s, want Jane Doe", want, got)
				}
			}
			if !tt.continued && len(r.Diagnostics) == 0 {
				t.Errorf("no diagnostic for the unbalanced mark")
			}
		})
	}
}

// quoteWith returns the quote of r whose text is s, or, if fragment is
// set, the quote with a fragment whose text is s; nil if there is none.
func quoteWith(r *newsgraph.Record, s string, fragment bool) *newsgraph.Quote {
	for i, q := range r.Quotes {
		if q.Text == s {
			return &r.Quotes[i]
		}
		for _, f := range q.Fragments {
			if fragment && f.Text == s {
				return &r.Quotes[i]
			}
		}
	}
	return nil
}

func speakerName(r *newsgraph.Record, q *newsgraph.Quote) string {
	if q.Speaker == nil {
		return "none"
	}
	if e := r.EntityByID(*q.Speaker); e != nil {
		return e.Name
	}
	return "missing entity " + *q.Speaker
}

func quoteList(r *newsgraph.Record) string {
	var sb strings.Builder
	for _, q := range r.Quotes {
		fmt.Fprintf(&sb, "\n\t%s %s %q (%s), %d fragments", q.ID, q.Kind, q.Text, speakerName(r, &q), len(q.Fragments))
	}
	if sb.Len() == 0 {
		return "none"
	}
	return sb.String()
}

// TestArticleOddMarks checks that odd quotation marks cause no panic and
// give a valid record.
func TestArticleOddMarks(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"closing only", "The mayor spoke.” Nobody listened,” said Tom Reyes.”\n\n» Later» he left.’"},
		{"opening only", "“The mayor spoke. “Nobody listened, said Tom Reyes.\n\n« Later „ he ‘ left."},
		{"mixed straight and curly", "\"We are ready,” said Tom Reyes. “Truly\" he added. ‘Yes\" — ” she said '."},
		{"lone guillemet", "«"},
		{"lone guillemet in text", "The sign read « and nothing else, said Tom Reyes."},
		{"straight only", "\" \" \"\"\" said \""},
		{"marks at the end", "Tom Reyes said: “"},
		{"empty quotes", "“”, said Tom Reyes. «» „“ \"\""},
		{"nested unbalanced", "“He said ‘go, and she said “stop,” said Tom Reyes."},
		{"apostrophes", "’Tis the season, said the Smiths’ neighbour, rock ’n’ roll’s ‘friend’."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Article(Input{Text: []byte(tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			checkRecord(t, r)
		})
	}
}

// TestArticleInvalidUTF8 checks that invalid bytes are kept as U+FFFD and
// reported in the diagnostics at their offset.
func TestArticleInvalidUTF8(t *testing.T) {
	const in = "“The budget is fin\xffal,” said the minister, Eva Nilsson. Café \xc3\x28 closed."
	r, err := Article(Input{Text: []byte(in)})
	if err != nil {
		t.Fatal(err)
	}
	checkRecord(t, r)
	text := []rune(r.Article.Text)
	want := []int{18, len([]rune("“The budget is fin\xffal,” said the minister, Eva Nilsson. Café "))}
	for _, off := range want {
		if off >= len(text) || text[off] != utf8.RuneError {
			t.Errorf("article.text %q: no U+FFFD at code point %d", r.Article.Text, off)
		}
	}
	if n := strings.Count(r.Article.Text, "\uFFFD"); n != len(want) {
		t.Errorf("article.text %q has %d U+FFFD, want %d", r.Article.Text, n, len(want))
	}
	if want := "“The budget is fin\uFFFDal,” said the minister, Eva Nilsson. Café \uFFFD( closed."; r.Article.Text != want {
		t.Errorf("article.text = %q, want %q", r.Article.Text, want)
	}
	for _, off := range want {
		found := false
		for _, d := range r.Diagnostics {
			if d.Offset == off {
				found = true
			}
		}
		if !found {
			t.Errorf("no diagnostic at code point %d; diagnostics: %+v", off, r.Diagnostics)
		}
	}
}
