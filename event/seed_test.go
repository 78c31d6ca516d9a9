package event

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

const seedPath = "../../shared/data/seed/nato-dialogue.txt"

// TestSeed checks the three gold events of the seed article: the
// Stoltenberg-Lavrov meeting reported twice, NATO's suspension of
// cooperation with Russia in 2014 and the NATO-Russia Council's meeting
// renewed in April 2016; at most one extra event. It runs with patterns
// alone and with the parser.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	t.Run("patterns", func(t *testing.T) { testSeed(t, string(b), Options{}) })
	t.Run("parser", func(t *testing.T) {
		m, err := syntax.Load()
		if err != nil {
			t.Fatal(err)
		}
		testSeed(t, string(b), Options{Syntax: m})
	})
}

func testSeed(t *testing.T, src string, opt Options) {
	var dates []Span
	from := 0
	for _, d := range []string{"Friday, February 17", "February 16", "2014", "two years", "April 2016"} {
		i := strings.Index(src[from:], d)
		if i < 0 {
			t.Fatalf("date %q not in the seed", d)
		}
		dates = append(dates, Span{from + i, from + i + len(d)})
		from += i + len(d)
	}
	doc := text.New(src)
	ents := entity.Find(doc)
	evs := Find(doc, ents, dates, opt)
	name := func(ids []int) []string {
		var out []string
		for _, id := range ids {
			out = append(out, ents.Entities[id].Name)
		}
		return out
	}
	for _, ev := range evs {
		var ev2 []string
		for _, e := range ev.Evidence {
			ev2 = append(ev2, src[e.Start:e.End])
		}
		when := ""
		if ev.Time >= 0 {
			when = src[dates[ev.Time].Start:dates[ev.Time].End]
		}
		where := ""
		if ev.Place >= 0 {
			where = ents.Entities[ev.Place].Name
		}
		t.Logf("%s/%s %s %v %v -> %v %v time=%q place=%q evidence=%q conf=%.2f", ev.Type, ev.Mode, ev.Cameo, ev.ActorCodes,
			name(ev.Actors), name(ev.Targets), ev.TargetCodes, when, where, ev2, ev.Confidence)
	}
	want := []struct {
		typ      string
		parts    []string // actors, then targets after "->"
		date     string
		evidence int
	}{
		{"CONSULT", []string{"Jens Stoltenberg", "Sergey Lavrov"}, "Friday, February 17", 2},
		{"SANCTION", []string{"NATO", "->", "Russia"}, "2014", 1},
		{"CONSULT", []string{"NATO-Russia Council"}, "April 2016", 2},
	}
	found := 0
	for _, w := range want {
		ok := false
		for _, ev := range evs {
			parts := name(ev.Actors)
			if len(ev.Targets) > 0 {
				parts = append(append(parts, "->"), name(ev.Targets)...)
			}
			if ev.Type != w.typ || !sameNames(parts, w.parts) || ev.Time < 0 ||
				src[dates[ev.Time].Start:dates[ev.Time].End] != w.date {
				continue
			}
			ok = true
			if len(ev.Evidence) != w.evidence {
				t.Errorf("%s %v: %d evidence spans, want %d", w.typ, w.parts, len(ev.Evidence), w.evidence)
			}
		}
		if ok {
			found++
		} else {
			t.Errorf("missing %s %v at %q", w.typ, w.parts, w.date)
		}
	}
	if len(evs) > found+1 {
		t.Errorf("%d events, want at most %d", len(evs), found+1)
	}
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	used := make([]bool, len(b))
	for _, x := range a {
		hit := false
		for i, y := range b {
			if !used[i] && x == y {
				used[i], hit = true, true
				break
			}
		}
		if !hit {
			return false
		}
	}
	return true
}
