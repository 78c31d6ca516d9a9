package extract

import (
	"encoding/json"
	"os"
	"testing"
)

func TestSeedDump(t *testing.T) {
	b, err := os.ReadFile("../../shared/data/seed/nato-dialogue.txt")
	if err != nil {
		t.Skipf("seed not found: %v", err)
	}
	r, err := Article(Input{Text: b})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range r.Quotes {
		sp := "-"
		if q.Speaker != nil {
			sp = r.EntityByID(*q.Speaker).Name
		}
		cue := "-"
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		var via []string
		for _, v := range q.Via {
			via = append(via, r.EntityByID(v).Name)
		}
		pl, set := "-", "-"
		if q.Place != nil {
			pl = r.EntityByID(*q.Place).Name
		}
		if q.Setting != nil {
			set = *q.Setting
		}
		t.Logf("%s %-8s %q\n    speaker=%s cue=%s via=%v place=%s setting=%s", q.ID, q.Kind, q.Text, sp, cue, via, pl, set)
	}
	for _, e := range r.Entities {
		j, _ := json.Marshal(e.Roles)
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		t.Logf("%s %s (%s) %s %q", e.ID, e.Name, e.Type, j, ms)
	}
}
