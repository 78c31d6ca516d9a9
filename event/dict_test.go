package event

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/text"
)

const dictDir = "../../shared/data/petrarch2-dictionaries"

// dictionaries loads the PETRARCH-2 dictionaries once, or skips.
func dictionaries(t testing.TB) *Dictionaries {
	t.Helper()
	d, err := LoadDictionaries(dictDir)
	if err != nil {
		t.Skipf("PETRARCH dictionaries not available: %v", err)
	}
	return d
}

func TestLoadDictionaries(t *testing.T) {
	d := dictionaries(t)
	t.Logf("files %v: %d actor phrases, %d agents, %d verb forms", d.Files, len(d.actors), len(d.agents), len(d.verbs))
	for _, c := range []struct{ name, code string }{
		{"Sergey Lavrov", "RUSGOV"}, // [RUSGOV >20040309]
		{"NATO", "IGOWSTNAT"},
		{"North Atlantic Treaty Organization", "IGOWSTNAT"},
	} {
		if got := d.actor(c.name); got != c.code {
			t.Errorf("actor(%q) = %q, want %q", c.name, got, c.code)
		}
	}
	if got := d.agent("policemen"); got == "" {
		t.Errorf("agent(policemen) = %q, want a sector", got)
	}
	if got := d.agent("farmers"); got != "AGR" {
		t.Errorf("agent(farmers) = %q, want AGR", got)
	}
	if len(d.verbs["met"]) == 0 {
		t.Errorf("no verb entry for %q", "met")
	}
	if _, err := LoadDictionaries(t.TempDir()); err == nil {
		t.Errorf("LoadDictionaries of an empty directory: no error")
	}
}

// TestDictionaryVerbsAndActors checks that a verb only the dictionary
// knows makes an event, and that an actor without a code of its own gets
// the dictionary's.
func TestDictionaryVerbsAndActors(t *testing.T) {
	d := dictionaries(t)
	src := "Jens Stoltenberg rebuked Russia on Tuesday."
	for _, opt := range []Options{{}, {Dictionaries: d}} {
		doc := text.New(src)
		ents := entity.Find(doc)
		evs := Find(doc, ents, nil, opt)
		if opt.Dictionaries == nil {
			continue
		}
		if len(evs) != 1 || evs[0].Type != "ACCUSE" {
			t.Fatalf("with dictionaries: %+v, want one ACCUSE", evs)
		}
		if evs[0].ActorCodes[0] == "" {
			t.Errorf("Stoltenberg has no actor code with dictionaries")
		}
	}
	src = "Chile lambasted Peru over the border dispute."
	doc := text.New(src)
	ents := entity.Find(doc)
	if evs := Find(doc, ents, nil, Options{}); len(evs) != 0 {
		t.Errorf("without dictionaries: %d events from %q, want 0", len(evs), src)
	}
	doc = text.New(src)
	ents = entity.Find(doc)
	evs := Find(doc, ents, nil, Options{Dictionaries: d})
	if len(evs) != 1 || evs[0].Type != "ACCUSE" || !strings.HasPrefix(evs[0].Cameo, "11") {
		t.Errorf("with dictionaries: %+v, want one ACCUSE coded 11x", evs)
	}
}
