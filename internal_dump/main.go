package main

import (
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/extract"
)

func main() {
	b, _ := os.ReadFile(os.Args[1])
	r, err := extract.Article(extract.Input{Text: b})
	if err != nil {
		panic(err)
	}
	for _, q := range r.Quotes {
		sp, cue := "-", "-"
		if q.SpeakerMention != nil {
			sp = q.SpeakerMention.Text
		}
		if q.Speaker != nil {
			sp += " => " + r.EntityByID(*q.Speaker).Name
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		t := q.Text
		if len(t) > 90 {
			t = t[:90] + "…"
		}
		fmt.Printf("%-8s [%d-%d] %q\n    src=%q cue=%q\n", q.Kind, q.Span.Start, q.Span.End, t, sp, cue)
	}
}
