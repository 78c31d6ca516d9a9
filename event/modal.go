package event

import "github.com/newsgraph/newsgraph/text"

// govKind is how the words before an infinitive ("to meet") govern it.
type govKind uint8

const (
	govPurpose govKind = iota // "met ... to discuss": part of the other event
	govCtl                    // "agreed to", "threatened to": coded by the verb
	govFuture                 // "plans to", "is expected to"
	govReal                   // "decided to"
	govFail                   // "failed to"
	govVisit                  // "travelled to Kabul to meet X"
)

// controls relates the event mentions of a sentence: an infinitive to the
// verb or modal word that governs it, and "for talks with X" to the trip
// it is the purpose of.
func (f *finder) controls(cs []*cand, s text.Sentence) {
	for ci, c := range cs {
		if c.prep >= 0 && f.low[c.prep] == "for" {
			if v := visitBefore(cs[:ci]); v != nil && len(c.slot) > 0 {
				v.comp, c.dropped = c, true
			}
			continue
		}
		to := c.first - 1
		if c.noun >= 0 || c.prep >= 0 || to < s.First || f.low[to] != "to" {
			continue
		}
		gov, kind := f.governor(cs[:ci], c, to, s)
		switch kind {
		case govCtl, govVisit:
			c.dropped = true
			if !c.fromDict {
				gov.comp = c // a dictionary verb does not recode a control verb
			}
		case govFuture:
			c.future = true
		case govFail:
			c.neg = true
		case govReal:
		default:
			c.dropped = true
		}
	}
}

func visitBefore(cs []*cand) *cand {
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].e.has(flagVisit) && !cs[i].dropped {
			return cs[i]
		}
	}
	return nil
}

// governor finds what governs the infinitive whose "to" is token to: an
// earlier trigger ending there (across its object: "urged Germany to"),
// or a modal, realis or failure word ("plans to", "decided to").
func (f *finder) governor(prev []*cand, c *cand, to int, s text.Sentence) (*cand, govKind) {
	for k := to - 1; k >= s.First && k >= to-9; k-- {
		for _, p := range prev {
			if p.last != k || p.dropped {
				continue
			}
			switch {
			case p.e.has(flagCtl):
				return p, govCtl
			case p.e.has(flagVisit) && c.code.Type == "CONSULT":
				return p, govVisit
			}
			return nil, govPurpose
		}
		w := f.low[k]
		switch {
		case f.boundary(k):
			return nil, govPurpose
		case w == "order" && k > s.First && f.low[k-1] == "in":
			return nil, govPurpose // "in order to meet"
		case w == "so" && k == to-1:
			return nil, govPurpose
		case modalWords[w] && k > s.First && (f.low[k-1] == "no" || negations[f.low[k-1]]):
			return nil, govFail // "had no plans to meet"
		case modalWords[w]:
			return nil, govFuture
		case k == to-1 && (w == "is" || w == "are" || w == "was" || w == "were"):
			return nil, govFuture // "is to visit"
		case realisWords[w]:
			return nil, govReal
		case failWords[w]:
			return nil, govFail
		}
	}
	return nil, govPurpose
}

// modality reads the words before a trigger: negation drops the event,
// "will" makes it announced, "could" or a condition makes it
// hypothetical, a denial earlier in the sentence drops it.
func (f *finder) modality(c *cand, s text.Sentence) {
	k := c.first - 1
	if c.noun >= 0 {
		k = c.head - 1
		if c.noun > s.First && (f.low[c.noun-1] == "no" || f.low[c.noun-1] == "neither") {
			c.neg = true
		}
	}
	for ; k >= s.First; k-- {
		w := f.low[k]
		switch {
		case negations[w]:
			c.neg = true
		case w == "will" || w == "'ll" || w == "shall":
			c.future = true
		case w == "would":
			if f.speechBefore(k, s) {
				c.future = true
			} else {
				c.hyp = true
			}
		case w == "could" || w == "might" || w == "may" || w == "must" || w == "should" || w == "can" || w == "cannot":
			c.hyp = true
		case auxiliaries[w] || adverbs[w]:
		default:
			k = s.First // stop
		}
	}
	for k := c.first - 1; k >= s.First; k-- {
		w := f.low[k]
		if w == "," || f.boundary(k) && !conditionWords[w] {
			break
		}
		if conditionWords[w] {
			c.hyp = true
			break
		}
	}
	for k := c.first - 1; k >= s.First; k-- {
		if denyWords[f.low[k]] || f.low[k] == "nobody" || f.low[k] == "one" && k > s.First && f.low[k-1] == "no" {
			c.neg = true // "denied that ...", "no one ... released"
			break
		}
	}
}

// speechBefore reports whether a speech verb stands before token k in its
// sentence: "said it would impose" reports an announcement.
func (f *finder) speechBefore(k int, s text.Sentence) bool {
	for j := k - 1; j >= s.First; j-- {
		switch f.low[j] {
		case "said", "says", "announced", "warned", "told", "stated", "confirmed", "threatened":
			return true
		}
	}
	return false
}
