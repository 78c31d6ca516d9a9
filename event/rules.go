package event

import (
	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/text"
)

// violenceNouns name attacks, whose "of" phrase names the victims.
var violenceNouns = set(`bombing bombings attack attacks killing killings shooting shootings strike strikes
	assault invasion occupation massacre explosion explosions blast shelling murder murders assassination
	kidnapping abduction violence crackdown`)

// violenceObject reports whether the object of the trigger is an attack:
// "condemned the bombing of the U.S. embassies".
func (f *finder) violenceObject(c *cand, s text.Sentence) bool {
	for k := c.last + 1; k < s.Last && k <= c.last+5; k++ {
		w := f.low[k]
		if violenceNouns[w] {
			return true
		}
		if preps[w] || f.boundary(k) || f.low[k] == "," {
			return false
		}
	}
	return false
}

// physical are the types whose target may be a country named by a place
// in it: "sent aid to Gaza", "shelled Kharkiv".
var physical = map[string]bool{
	"CONSULT": true, "COOPERATE": true, "AID": true, "RETREAT": true, "SANCTION": true, "MOBILIZE": true,
	"COERCE": true, "ASSAULT": true,
}

// named reports whether every participant is an entity or a country.
func named(ps []part) bool {
	for _, p := range ps {
		if p.name != "" {
			return false
		}
	}
	return true
}

// heads keeps the participants that head their phrases.
func heads(ps []part) []part {
	var out []part
	for _, p := range ps {
		if p.head || p.name != "" {
			out = append(out, p)
		}
	}
	return out
}

func withoutPlaceParts(ps []part) []part {
	var out []part
	for _, p := range ps {
		if !p.place {
			out = append(out, p)
		}
	}
	return out
}

// countryIn returns the country named after "in" right after the
// trigger's object: the state attacked on its territory.
func (f *finder) countryIn(c *cand, s text.Sentence) []part {
	for k := c.last + 1; k+1 < s.Last && k <= c.last+5; k++ {
		if f.boundary(k) || f.low[k] == "," {
			return nil
		}
		if f.low[k] != "in" {
			continue
		}
		n := k + 1
		if f.ment[n] == 0 && n+1 < s.Last && !f.capitalised(n) {
			n++ // "in northern Burkina Faso"
		}
		if f.ment[n] == 0 {
			continue
		}
		m, _ := f.mentionAt(n)
		if f.ents.Entities[m.Entity].Type == newsgraph.Country {
			return []part{{ent: m.Entity, start: m.Start, end: m.End}}
		}
		return nil
	}
	return nil
}

// followedBy reports whether one of ws stands in the clause within six
// tokens from i.
func (f *finder) followedBy(i int, s text.Sentence, ws ...string) bool {
	for k := i; k < s.Last && k < i+7; k++ {
		if f.boundary(k) {
			return false
		}
		if contains(ws, f.low[k]) {
			return true
		}
	}
	return false
}

// official reports whether the participants are states or their organs,
// whose protest is diplomatic.
func (f *finder) official(ps []part) bool {
	for _, p := range ps {
		switch {
		case p.country != "":
			return p.sector == "" || p.sector == "GOV"
		case p.ent >= 0:
			e := &f.ents.Entities[p.ent]
			switch {
			case e.Type == newsgraph.Country:
				return true
			case e.Type == newsgraph.Organization && (e.Sector == "GOV" || e.Sector == "IGO"):
				return true
			case e.Type == newsgraph.Person && len(e.Roles) > 0:
				return true
			}
		}
	}
	return false
}

// igo reports whether any participant is an international organisation.
func (f *finder) igo(ps []part) bool {
	for _, p := range ps {
		if p.ent >= 0 && f.ents.Entities[p.ent].Sector == "IGO" {
			return true
		}
	}
	return false
}

// collective reports whether one participant can meet on its own: an
// organisation (a council, the G7) or a body named by a noun.
func (f *finder) collective(p part) bool {
	if p.name != "" {
		return p.body
	}
	return p.ent >= 0 && f.ents.Entities[p.ent].Type == newsgraph.Organization
}

// person reports whether the participants are named people.
func (f *finder) person(ps []part) bool {
	return len(ps) > 0 && ps[0].ent >= 0 && f.ents.Entities[ps[0].ent].Type == newsgraph.Person
}

// statementVerbs after "declined to" make a refusal to speak, which PLOVER
// does not code.
var statementVerbs = set(`comment say elaborate answer confirm disclose specify identify name speculate respond
	reveal explain give provide`)

// statementAfter reports whether "to" and a statement verb follow token i.
func (f *finder) statementAfter(i int, s text.Sentence) bool {
	return i+1 < s.Last && f.low[i] == "to" && statementVerbs[f.low[i+1]]
}

// infinitiveAfterObject reports whether an infinitive follows the object
// starting at token i: "warned X to boost", "warned X not to".
func (f *finder) infinitiveAfterObject(i int, s text.Sentence) bool {
	for k := i; k < s.Last && k < i+8; k++ {
		if f.boundary(k) || f.low[k] == "," || f.low[k] == "that" {
			return false
		}
		if f.low[k] == "to" && f.infinitival(k) {
			return true
		}
	}
	return false
}

// wordNear reports whether w (or, with w empty, a diplomat noun) stands
// within eight tokens of the trigger.
func (f *finder) wordNear(c *cand, s text.Sentence, w string) bool {
	for k := max(s.First, c.first-8); k < s.Last && k <= c.last+8; k++ {
		if w == "" && diplomatNouns[f.low[k]] || w != "" && f.low[k] == w {
			return true
		}
	}
	return false
}

// agreementAfter reports whether the trigger withdraws from a treaty,
// talks or an organisation.
func (f *finder) agreementAfter(c *cand, s text.Sentence) bool {
	for k := c.last + 1; k < s.Last && k <= c.last+6; k++ {
		if f.boundary(k) || f.low[k] == "," {
			return false
		}
		if agreementNouns[f.low[k]] {
			return true
		}
	}
	return false
}

// withoutPlaces drops the participants that are places: one withdraws
// from a city, not from its people.
func (f *finder) withoutPlaces(ps []part) []part {
	var out []part
	for _, p := range ps {
		if p.place || p.ent >= 0 && f.ents.Entities[p.ent].Type != newsgraph.Country && f.ents.Entities[p.ent].Type != newsgraph.Organization {
			continue
		}
		out = append(out, p)
	}
	return out
}

// captives reports whether what is released are people: a person, or
// hostages, prisoners and the like.
func (f *finder) captives(c *cand, others []part, s text.Sentence) bool {
	for _, p := range others {
		if p.ent >= 0 && f.ents.Entities[p.ent].Type == newsgraph.Person {
			return true
		}
	}
	for k := c.last + 1; k < s.Last && k <= c.last+6; k++ {
		if captiveNouns[f.low[k]] {
			return true
		}
		if f.boundary(k) {
			break
		}
	}
	return false
}

// arms returns the ASSAULT mode and CAMEO code for the weapons the
// sentence names, the nearest to the trigger first.
func (f *finder) arms(c *cand, s text.Sentence) (string, string) {
	mode, cameo, best := "", "", 1<<30
	for k := s.First; k < s.Last; k++ {
		d := 0
		switch {
		case k < c.first:
			d = c.first - k
		case k > c.last:
			d = k - c.last
		}
		if d >= best {
			continue
		}
		for _, in := range instruments {
			if in.words[f.low[k]] {
				mode, cameo, best = in.mode, in.cameo, d
				break
			}
		}
	}
	return mode, cameo
}

func (f *finder) sentenceHas(s text.Sentence, ws map[string]bool) bool {
	for k := s.First; k < s.Last; k++ {
		if ws[f.low[k]] {
			return true
		}
	}
	return false
}

// protestParties fills in who protests and against whom from the rest of
// the sentence when the clause does not say: "boats blocked the harbour
// in a protest organised by the Fishermen's Association against new EU
// quotas".
func (f *finder) protestParties(c *cand, s text.Sentence, o *owned) {
	for k := c.last + 1; k+2 < s.Last; k++ {
		w := f.low[k]
		switch {
		case len(o.subj) == 0 && (w == "organised" || w == "organized" || w == "led" || w == "called") && f.low[k+1] == "by":
			o.subj, _ = f.phrases(k+2, s.Last)
		case len(o.others) == 0 && w == "against":
			o.others, _ = f.phrases(k+1, s.Last)
		}
	}
}
