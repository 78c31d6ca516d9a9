package extract

import (
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/eval"
)

const seedDir = "../../shared/data/seed"

func extractor(in eval.Input) (*newsgraph.Record, error) {
	return Article(Input{ID: in.ID, Published: in.Published, Text: []byte(in.Text)})
}

// TestSeed is the product's first acceptance case: the founding article
// scored against its gold record with the same scorer as `newsgraph eval`.
func TestSeed(t *testing.T) {
	r, err := eval.Gold(seedDir, extractor)
	if err != nil {
		t.Skipf("seed corpus not available: %v", err)
	}
	q := r.Quotes
	t.Logf("seed: %d/%d quotes found, %d right speaker, %d right via", q.Match.Matched, q.Match.Gold, q.Speaker, q.Via)
	if q.Speaker < 15 {
		t.Errorf("%d gold quotes found with the right speaker, want >= 15\nmisses: %s", q.Speaker, strings.Join(r.PerArticle[0].Misses, "\n"))
	}
	if q.Via != q.Match.Gold {
		t.Errorf("%d of %d gold quotes have every relay in via, want all", q.Via, q.Match.Gold)
	}
	if q.Date != q.Match.Gold {
		t.Errorf("%d of %d gold quotes have the right date, want all", q.Date, q.Match.Gold)
	}
	if tm := r.Times; tm.Value != tm.Match.Gold {
		t.Errorf("%d of %d gold times found with the right value, want all", tm.Value, tm.Match.Gold)
	}
	if ev := r.Events.WithDate; ev.Matched != ev.Gold || ev.Predicted > ev.Gold+1 {
		t.Errorf("events: %d of %d gold found with type, participants and date; %d predicted (at most one extra allowed)", ev.Matched, ev.Gold, ev.Predicted)
	}
}

// TestSeedPublished checks that the seed's report date, given only as
// "Friday, February 17", is inferred as 2017-02-17.
func TestSeedPublished(t *testing.T) {
	r, err := eval.ReadGold(seedDir)
	if err != nil {
		t.Skipf("seed corpus not available: %v", err)
	}
	rec, err := Article(Input{Text: []byte(r[0].Text)})
	if err != nil {
		t.Fatal(err)
	}
	if p, b := rec.Article.Published, rec.Article.PublishedBasis; p == nil || *p != "2017-02-17" || *b != newsgraph.BasisInferred {
		t.Errorf("published %v (%v), want 2017-02-17 inferred", p, b)
	}
}

// TestSeedTitles checks that Stoltenberg and Lavrov are one entity each,
// carrying the titles the text calls them by.
func TestSeedTitles(t *testing.T) {
	r, err := eval.ReadGold(seedDir)
	if err != nil {
		t.Skipf("seed corpus not available: %v", err)
	}
	rec, err := extractor(eval.Input{Text: r[0].Text})
	if err != nil {
		t.Fatal(err)
	}
	for name, titles := range map[string][]string{
		"Jens Stoltenberg": {"the Secretary General of the Alliance", "The Secretary General", "Stoltenberg"},
		"Sergey Lavrov":    {"the Minister of foreign Affairs of Russia", "the foreign Minister of the Russian Federation", "Lavrov"},
	} {
		var found []*newsgraph.Entity
		for i := range rec.Entities {
			if e := &rec.Entities[i]; strings.Contains(e.Name, strings.Fields(name)[1]) {
				found = append(found, e)
			}
		}
		if len(found) != 1 || found[0].Name != name {
			t.Errorf("%s: %d entities named so, want one named %q", name, len(found), name)
			continue
		}
		have := map[string]bool{}
		for _, m := range found[0].Mentions {
			have[m.Text] = true
		}
		for _, title := range titles {
			if !have[title] {
				t.Errorf("%s: no mention %q", name, title)
			}
		}
		if len(found[0].Roles) == 0 {
			t.Errorf("%s: no role", name)
		}
	}
}

// TestPolNeAR holds extraction to the accuracy bars on the PolNeAR dev
// split, scored as `newsgraph eval` scores it.
func TestPolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	r, err := eval.PolNeAR("../../shared/data/polnear", extractor)
	if err != nil {
		t.Skipf("PolNeAR dev split not available: %v", err)
	}
	t.Logf("PolNeAR dev: lenient content F1 %.3f, speaker accuracy %.3f, source exact F1 %.3f",
		r.Lenient.F1, r.Speaker.Value, r.Source.F1)
	if len(r.Errors) > 0 {
		t.Errorf("%d articles failed: %v", len(r.Errors), r.Errors)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"lenient content F1", r.Lenient.F1, 0.65},
		{"speaker accuracy", r.Speaker.Value, 0.75},
		{"source exact F1", r.Source.F1, 0.55},
	} {
		if c.got < c.want {
			t.Errorf("%s = %.3f, want >= %.2f", c.name, c.got, c.want)
		}
	}
}
