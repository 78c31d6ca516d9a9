package entity

import (
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/text"
)

// mentionsOf returns the entity (name, type) that the mention with text
// surface refers to, and the texts of all that entity's mentions.
func mentionsOf(s *Set, doc *text.Doc, surface string) (*Entity, []string) {
	for _, m := range s.Mentions {
		if doc.Source[m.Start:m.End] == surface {
			e := &s.Entities[m.Entity]
			var texts []string
			for _, mi := range e.Mentions {
				texts = append(texts, doc.Source[s.Mentions[mi].Start:s.Mentions[mi].End])
			}
			return e, texts
		}
	}
	return nil, nil
}

func TestFind(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		surface string // a mention to look up
		entity  string // the name of the entity it must refer to
		typ     newsgraph.EntityType
		role    string // a role title the entity must hold, if any
	}{
		{"surname", "Jens Stoltenberg arrived. Stoltenberg spoke.", "Stoltenberg", "Jens Stoltenberg", newsgraph.Person, ""},
		{"title before name", "The Secretary General of the Alliance Jens Stoltenberg arrived.", "The Secretary General of the Alliance", "Jens Stoltenberg", newsgraph.Person, "Secretary General"},
		{"title refers back", "Foreign Minister Anna Berg arrived. The minister spoke.", "The minister", "Anna Berg", newsgraph.Person, "Minister of Foreign Affairs"},
		{"title refers forward from a headline", "The NATO Secretary General speaks\n\nThe Secretary General of the Alliance Jens Stoltenberg arrived.", "The NATO Secretary General", "Jens Stoltenberg", newsgraph.Person, ""},
		{"apposition", "Hugh Hill, a spokesman for the ministry, said so.", "Hugh Hill", "Hugh Hill", newsgraph.Person, "Spokesperson"},
		{"apposition without article", "Aibek Toktogulov, Kyrgyzstan’s deputy minister, said so.", "Aibek Toktogulov", "Aibek Toktogulov", newsgraph.Person, "Deputy Minister"},
		{"alias", "NATO met. The Alliance agreed.", "Alliance", "NATO", newsgraph.Organization, ""},
		{"capital for its state", "NATO seeks dialogue with Moscow.", "Moscow", "Russia", newsgraph.Country, ""},
		{"capital as a place", "The talks were held in Moscow.", "Moscow", "Moscow", newsgraph.Place, ""},
		{"acronym", "The Alliance to Reclaim Our Schools (AROS) marched. AROS said so.", "AROS", "Alliance to Reclaim Our Schools", newsgraph.Organization, ""},
		{"ministry of a country", "The Russian foreign Ministry announced it.", "The Russian foreign Ministry", "Russian Foreign Ministry", newsgraph.Organization, ""},
		{"named event", "He spoke at the security conference in Munich. The Munich forum ended.", "The Munich forum", "Munich Security Conference", newsgraph.NamedEvent, ""},
		{"field title", "Industry Minister Yoon Seo-yeon signed it.", "Yoon Seo-yeon", "Yoon Seo-yeon", newsgraph.Person, "Industry Minister"},
		{"lone place after a preposition", "A plant will be built near Dalanzadgad.", "Dalanzadgad", "Dalanzadgad", newsgraph.Place, ""},
		// Fixed bugs.
		{"org after a title word is not a person", "The General Police Inspectorate said so.", "General Police Inspectorate", "General Police Inspectorate", newsgraph.Organization, ""},
		{"a lone org head is no entity", "The news Agency reported it. Jens Stoltenberg spoke.", "Jens Stoltenberg", "Jens Stoltenberg", newsgraph.Person, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := text.New(tt.src)
			s := Find(doc)
			e, texts := mentionsOf(s, doc, tt.surface)
			if e == nil {
				t.Fatalf("no mention %q", tt.surface)
			}
			if e.Name != tt.entity || e.Type != tt.typ {
				t.Errorf("%q refers to %q (%s), want %q (%s); mentions %q", tt.surface, e.Name, e.Type, tt.entity, tt.typ, texts)
			}
			if tt.role != "" && !e.hasRole(tt.role, -1) {
				t.Errorf("%q has roles %+v, want %q", e.Name, e.Roles, tt.role)
			}
		})
	}
}

func TestNoEntity(t *testing.T) {
	for _, src := range []string{
		"The news Agency reported it.",       // a common noun with a capital
		"On Friday, February 17, it rained.", // calendar words
		"However, it rained.",
		"The mediators met at the Palais for most of the day.", // an unknown word used once
	} {
		doc := text.New(src)
		if s := Find(doc); len(s.Mentions) != 0 {
			var got []string
			for _, m := range s.Mentions {
				got = append(got, doc.Source[m.Start:m.End])
			}
			t.Errorf("%q: mentions %q, want none", src, got)
		}
	}
}

func TestGender(t *testing.T) {
	doc := text.New("Elena Marchetti, a spokeswoman for the office, spoke. Mr. John Smith left.")
	s := Find(doc)
	for surface, want := range map[string]byte{"Elena Marchetti": 'f', "John Smith": 'm'} {
		if e, _ := mentionsOf(s, doc, surface); e == nil || e.Gender != want {
			t.Errorf("%s: gender %v, want %c", surface, e, want)
		}
	}
}
