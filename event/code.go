package event

import (
	"github.com/newsgraph/newsgraph/text"
)

// code turns an event mention into a coded event: its own coding and
// roles (see own), then the coding of a control verb's complement and
// PLOVER's rule for announced acts, then the checks that an event has the
// participants its type needs.
func (f *finder) code(c *cand) (coded, bool) {
	s := f.doc.Sentences[c.sent]
	k := coded{c: c}
	o, ok := f.own(c, s)
	if !ok {
		return k, false
	}
	k.code = o.code
	subj, others, sym, needT := o.subj, o.others, o.sym, o.needT
	if c.e.has(flagInner) {
		return k, false // "helped X get citizenship": too vague alone
	}
	if c.e.has(flagComp) && c.comp == nil && !f.followedBy(c.last+1, s, "to", "on", "upon", "for") {
		return k, false
	}
	if c.e.has(flagCtl) && k.code.Type == "REJECT" && c.comp == nil && f.statementAfter(c.last+1, s) {
		return k, false // "declined to comment"
	}
	if c.e.has(flagAdvise) && c.comp == nil && f.infinitiveAfterObject(c.last+1, s) {
		k.code = coding{"REQUEST", "change", "", "024"} // "warned X to boost security"
	}
	if x := c.comp; x != nil {
		xo, ok := f.own(x, s)
		if !ok {
			// "agreed to release millions in cash": the complement is no
			// act of its own; the verb stands alone.
			xo = owned{}
		}
		xs := xo.others
		switch k.code.Type {
		case "AGREE":
			switch xo.code.Type {
			case "":
			case "CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE":
				k.code = coding{"AGREE", "", firstOf(xo.code.Context, k.code.Context), intentCode(xo.code)}
				sym = sym || xo.sym
			case "RETREAT", "CONCEDE":
				k.code = coding{"CONCEDE", "", xo.code.Context, "035"}
			default:
				k.code, k.aux = xo.code, "future"
				sym, needT = xo.sym, xo.needT
			}
			others = append(others, xs...)
		case "THREATEN":
			if xo.code.Type != "" {
				k.code.Mode, k.code.Cameo = threatCoding(xo.code)
				k.code.Context = xo.code.Context
			}
			if len(others) == 0 {
				others = xs
			}
		case "REJECT":
			switch xo.code.Type {
			case "", "CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE":
			default:
				return k, false // declining to threaten or to attack is no act
			}
			if xo.code.Type == "CONSULT" && len(xs) == 0 {
				return k, false // "refuses to discuss potential appointees"
			}
			if xo.code.Type != "" {
				k.code.Mode = requestMode(xo.code)
				k.code.Cameo = rejectCode(k.code.Mode)
				k.code.Context = firstOf(xo.code.Context, k.code.Context)
			}
			others = append(others, xs...)
		case "REQUEST":
			if xo.code.Type != "" {
				k.code.Mode = requestMode(xo.code)
				k.code.Cameo = requestCode(k.code.Mode, k.code.Cameo == "100")
			}
		case "CONSULT":
			if len(xs) > 0 {
				others = xs // "travel to Kabul for talks with X"
			}
		}
	}
	if c.future {
		switch k.code.Type {
		case "CONSULT", "SUPPORT", "COOPERATE", "AID":
			k.code = coding{"AGREE", "", k.code.Context, intentCode(k.code)}
		case "RETREAT":
			k.code = coding{"CONCEDE", "", k.code.Context, "035"}
		case "AGREE", "CONCEDE":
		default:
			k.aux = "future"
		}
	}
	if sym {
		k.actors = dedupe(append(append([]part(nil), subj...), others...))
	} else {
		k.actors = dedupe(subj)
		k.targets = minus(dedupe(others), k.actors)
	}
	if k.code.Type == "ASSAULT" && !sym && len(k.targets) == 0 {
		k.targets = minus(f.countryIn(c, s), k.actors) // "struck targets in Syria"
	}
	if len(k.actors) == 0 {
		return k, false
	}
	if k.code.Type == "AGREE" && c.code.Type == "AGREE" && c.comp == nil && len(k.targets) == 0 && len(k.actors) < 2 {
		return k, false // "vowed to continue the battle": willingness towards no one
	}
	if needT && (sym && len(k.actors) < 2 || !sym && len(k.targets) == 0) {
		return k, false
	}
	if c.e.has(flagNamed) && (c.subjHow != subjName || !named(k.actors) || !named(k.targets)) {
		return k, false // a dictionary verb: only between named actors
	}
	if sym && len(k.actors) == 1 && len(k.targets) == 0 && !f.collective(k.actors[0]) &&
		(k.code.Type == "CONSULT" || k.code.Type == "COOPERATE" || k.code.Type == "SUPPORT" || c.code.Type == "CONSULT") {
		return k, false // a meeting needs two sides, or a body that meets
	}
	k.conf = f.confidence(c, k, sym)
	return k, true
}

// owned is an event mention coded on its own: its coding after PLOVER's
// rules for diplomatic protests, joint exercises, expulsions,
// withdrawals, releases and weapons, and its roles after passive voice
// and hosting.
type owned struct {
	code         coding
	subj, others []part
	sym, needT   bool
}

// own codes an event mention without regard to what governs it. ok is
// false when the words do not report the act the pattern stands for.
func (f *finder) own(c *cand, s text.Sentence) (owned, bool) {
	o := owned{code: c.code, subj: c.subj, others: c.slot, sym: c.e.has(flagSym), needT: c.e.has(flagNeedT)}
	if c.passive {
		if c.noun < 0 {
			o.others = append(append([]part(nil), o.subj...), o.others...)
		}
		o.subj = c.by
		if o.sym && c.noun < 0 && len(c.by) == 0 {
			return o, false // "has been met with opposition"
		}
	}
	if c.e.has(flagHost) {
		if len(o.others) == 0 || !o.others[0].head {
			return o, false // "hosted a Clinton event"
		}
		o.subj, o.others = o.others, o.subj
	}
	if o.code.Type == "PROTEST" {
		f.protestParties(c, s, &o) // "in a protest organised by X against Y"
	}
	switch {
	case c.e.has(flagPeople) && f.official(o.subj):
		switch o.code.Mode {
		case "strike":
			o.code = coding{"ASSAULT", "", "military", "190"} // "Israel staged strikes"
		case "obstruct":
			o.code = coding{"COERCE", "restrict", "military", "191"}
		default:
			// A government's protest is a diplomatic one.
			o.code = coding{"ACCUSE", "disapprove", "diplomatic", "114"}
		}
	case c.e.has(flagExercise) && (len(o.subj)+len(o.others) > 1 || f.wordNear(c, s, "joint")):
		o.code = coding{"COOPERATE", "", "military", "062"}
		o.sym = true
	case c.e.has(flagExpel):
		if !f.wordNear(c, s, "") && !f.igo(o.subj) {
			o.code = coding{"COERCE", "deport", "legal", "174"}
		}
	case c.e.has(flagWithdraw):
		if f.igo(o.others) || f.agreementAfter(c, s) {
			o.code = coding{"SANCTION", "withdraw", "diplomatic", "166"}
			o.needT = false
		} else {
			o.others = f.withoutPlaces(o.others)
		}
	case c.e.has(flagCaptive):
		if !f.captives(c, o.others, s) {
			return o, false
		}
	}
	if c.e.has(flagArms) && o.code.Type == "ASSAULT" && o.code.Mode == "" {
		if m, code := f.arms(c, s); m != "" {
			o.code.Mode, o.code.Cameo = m, code
		} else if f.person(o.subj) {
			// A person "attacked her opponent as a fraud": words.
			o.code = coding{"ACCUSE", "disapprove", "", "111"}
			o.needT = true
		}
	}
	if o.code.Type == "CONSULT" {
		o.others = heads(o.others) // "met X's lawyer", "meet NATO's standards": not X
	}
	if o.code.Type == "CONSULT" && o.code.Mode == "" && f.sentenceHas(s, phoneWords) {
		o.code.Mode, o.code.Cameo = "phone", "041"
	}
	if !physical[o.code.Type] {
		o.others = withoutPlaceParts(o.others) // "criticized Tulsa police officer X"
		if f.violenceObject(c, s) {
			o.others = nil // "condemned the bombing of the U.S. embassies": the victims
		}
	}
	return o, true
}
