package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/entity/gazetteer"
	"github.com/newsgraph/newsgraph/text"
)

// Word classes used to find where a noun phrase begins and ends.
var (
	determiners = set(`the a an this that these those his her its their our my your another some
		several many two three four both each every any no one`)
	pronouns = set(`he she they it we i you him her them us`)
	// adverbs and auxiliaries that stand between a subject and its verb.
	between = set(`also now has have had will would again then later repeatedly previously further
		once first publicly reportedly recently earlier already often never always still just
		quickly simply flatly openly privately even only separately similarly likewise is was
		were are did does do has been had been could can may might should must`)
	// boundary words never belong to a subject noun phrase.
	boundary = set(`that which who whom whose when where while because if as after before at on in
		with to by from during into over under about against between through since until than
		and or but nor so yet however although though is was are were be been being has have had
		do does did will would can could may might should must not also said says say told tells
		according there here what how why it its this these those`)
	parentheticals = set(`in particular turn for his her their its part meanwhile however
		too though instead moreover furthermore also though notably indeed`)
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func (f *finder) lower(i int) string { return strings.ToLower(f.words[i]) }

func (f *finder) isWord(i int) bool { return f.doc.Tokens[i].Kind == text.Word }

func (f *finder) capitalised(i int) bool {
	if !f.isWord(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.words[i])
	return unicode.IsUpper(r)
}

// skipBetween moves left from token j over adverbs, auxiliaries and comma
// parentheticals (", in particular,") that separate a verb from its
// subject, and returns the index of the subject's last token.
func (f *finder) skipBetween(j, first int) int {
	for j >= first {
		w := f.lower(j)
		switch {
		case between[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && !f.capitalised(j):
			j-- // "also", "has", "frequently"
		case w == "not" && f.lower(j+1) == "only":
			j-- // "not only welcomed ... but also stressed"
		case w == ",":
			// ", in particular," — a comma-enclosed run of parenthetical words.
			k := j - 1
			for k >= first && parentheticals[f.lower(k)] {
				k--
			}
			if k < j-1 && k >= first && f.words[k] == "," {
				j = k - 1
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// npLeft returns the first and last token of the subject that ends at or
// before token j, or -1 when there is none. An apposition set off by commas
// ("Flynn, a top Trump surrogate,") belongs to the subject; a
// parenthetical phrase ("Clinton, at Monday's debate,") does not.
func (f *finder) npLeft(j, first int) (start, last int) {
	if j < first || f.region(j) != nil {
		return -1, -1
	}
	w := f.lower(j)
	if w == "," {
		// Name, apposition, VERB: the apposition runs back to the previous
		// comma and opens with a determiner, a title or a name.
		k := j - 1
		for k >= first && k > j-26 && f.words[k] != "," {
			if f.region(k) != nil || f.isWord(k) && lemma(f.words[k]) != "" && !f.capitalised(k) && (k == 0 || !determiners[f.lower(k-1)]) {
				return -1, -1
			}
			k--
		}
		k++
		if k-1 < first || f.words[k-1] != "," || k >= j {
			return -1, -1
		}
		if seg := f.lower(k); (boundary[seg] || strings.HasSuffix(seg, "ing")) && !relatives[seg] {
			// "Clinton, at Monday's debate, said": a parenthetical phrase,
			// not part of the subject.
			h := f.npLeftCore(k-2, first)
			if h < 0 || !f.capitalised(k-2) && !pronouns[f.lower(k-2)] {
				return -1, -1
			}
			return h, k - 2
		}
		h := f.npLeftCore(k-2, first)
		if h >= 0 && !f.capitalised(k-2) && !determiners[f.lower(k)] && !f.titleWord(k) && !f.capitalised(k) {
			return -1, -1 // only a name takes an apposition of any shape
		}
		if h < 0 {
			return -1, -1
		}
		return h, j
	}
	if pronouns[w] {
		return j, j
	}
	return f.npLeftCore(j, first), j
}

// npLeftCore walks left over the words of a noun phrase ending at j.
func (f *finder) npLeftCore(j, first int) int {
	if j < first || !f.isWord(j) || boundary[f.lower(j)] || f.region(j) != nil || lemma(f.words[j]) != "" && !f.capitalised(j) {
		return -1
	}
	start := j
	for k := j - 1; k >= first; k-- {
		if f.region(k) != nil {
			break
		}
		w := f.lower(k)
		if f.words[k] == "." && k > first && (abbreviation(f.words[k-1]) || initial(f.words[k-1])) {
			continue // Lt. Gen., John D. Podesta
		}
		if w == "and" && k > first && f.capitalised(k-1) && f.capitalised(start) {
			continue // Mr. Grassley and Mr. Leahy
		}
		if w == "meanwhile" || w == "now" {
			break
		}
		if !f.isWord(k) {
			break
		}
		if determiners[w] {
			start = k
			if k-1 >= first && (f.words[k-1] == "of" || f.words[k-1] == "for") {
				continue
			}
			break
		}
		if w == "of" || w == "for" {
			continue
		}
		if boundary[w] || pronouns[w] || lemma(f.words[k]) != "" && !f.capitalised(k) {
			break
		}
		// A name after a common noun starts its own phrase: "the Munich
		// forum Stoltenberg said" names Stoltenberg, while "campaign
		// manager Robby Mook" keeps its title.
		if f.capitalised(start) && f.allCapitalised(start, j) && !f.capitalised(k) && !f.titleWord(k) && !possessive(f.words[k]) && !f.sameMention(k, j) {
			break
		}
		start = k
	}
	for start < j && (f.words[start] == "of" || f.words[start] == "for") {
		start++
	}
	if j-start > 12 {
		return -1
	}
	return start
}

// sameMention reports whether one entity mention covers tokens k to j:
// "The Russian foreign Ministry" is one name despite its lower-case word.
func (f *finder) sameMention(k, j int) bool {
	for _, m := range f.ents.Within(0, f.doc.Tokens[k].End) {
		if m.Start <= f.doc.Tokens[k].Start && m.End >= f.doc.Tokens[j].End {
			return true
		}
	}
	return false
}

// allCapitalised reports whether every word of tokens [i, j] is
// capitalised: the phrase so far is a bare name.
func (f *finder) allCapitalised(i, j int) bool {
	for k := i; k <= j; k++ {
		if f.isWord(k) && !f.capitalised(k) {
			return false
		}
	}
	return true
}

// titleWord reports whether token k is or ends a title: "spokesman",
// "campaign manager".
func (f *finder) titleWord(k int) bool {
	if _, n := gazetteer.LongestTitle(f.words, k); n == 1 {
		return true
	}
	if k > 0 {
		if _, n := gazetteer.LongestTitle(f.words, k-1); n == 2 {
			return true
		}
	}
	return false
}

// relatives open a relative clause, which belongs to the phrase it
// describes: "Joseph, who has four children, said".
var relatives = set(`who whose whom which`)

// appositionAfter extends an inverted subject ending before token b over
// an apposition: "said Kenneth Baer, a former official who runs a firm."
// The apposition runs to the next comma, which it includes, or to the end
// of the sentence.
func (f *finder) appositionAfter(b int, s text.Sentence) int {
	if b+1 >= s.Last || f.words[b] != "," || f.region(b+1) != nil {
		return b
	}
	w := f.lower(b + 1)
	if !determiners[w] && !relatives[w] && !f.titleWord(b+1) {
		return b
	}
	e := s.Last
	if f.doc.Tokens[e-1].Kind == text.Punct {
		e--
	}
	for k := b + 1; k < e; k++ {
		if f.region(k) != nil || f.cueAt(k, s) >= 0 {
			return b
		}
		if f.words[k] == "," {
			return k + 1
		}
	}
	return e
}

func abbreviation(w string) bool {
	switch strings.ToLower(w) {
	case "lt", "gen", "sen", "rep", "gov", "mr", "mrs", "ms", "dr", "col", "maj", "adm", "sgt", "capt", "st":
		return true
	}
	return false
}

// initial reports whether w is a single capital letter, as in "John D."
func initial(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }

func possessive(w string) bool { return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") }

// npRight returns the end (exclusive) of the noun phrase starting at token
// i, for inverted attributions ("said Sen. Ted Cruz"), or -1.
func (f *finder) npRight(i, last int) int {
	if i >= last || !f.isWord(i) {
		return -1
	}
	if pronouns[f.lower(i)] {
		return i + 1
	}
	if boundary[f.lower(i)] || isTimeWord(f.lower(i)) || lemma(f.words[i]) != "" {
		return -1
	}
	j := i
	for j < last {
		w := f.lower(j)
		if f.words[j] == "." && j > i && (abbreviation(f.words[j-1]) || initial(f.words[j-1])) && j+1 < last && f.capitalised(j+1) {
			j++
			continue
		}
		if !f.isWord(j) || (j > i && boundary[w] && w != "of" && w != "for") || f.region(j) != nil {
			break
		}
		if j > i && (isTimeWord(w) || lemma(w) != "" && lemma(w) != w && !determiners[f.lower(j-1)]) {
			break // a time word or an inflected speech verb ends the phrase
		}
		j++
	}
	if j == i || j-i > 12 {
		return -1
	}
	return j
}

func isTimeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "last", "earlier", "later":
		return true
	}
	return false
}

// resolve maps a speaker phrase to an entity, adding the phrase to the
// entity set as a mention. Pronouns go to the last person who spoke, else
// the nearest person named before; a phrase naming no entity becomes a
// nominal entity of its own ("a source", "officials").
func (f *finder) resolve(sp span) int {
	phrase := f.doc.Source[sp.Start:sp.End]
	low := strings.ToLower(phrase)
	if ante, ok := f.antecedents[sp.Start]; ok {
		e := f.resolve(ante)
		if e >= 0 {
			f.ents.AddMention(sp.Start, sp.End, e, entity.Pronoun)
		}
		return e
	}
	if pronouns[low] {
		e := f.pronounReferent(sp.Start, low)
		if e >= 0 {
			f.ents.AddMention(sp.Start, sp.End, e, entity.Pronoun)
		}
		return e
	}
	if m, ok := f.ents.At(sp.Start, sp.End); ok {
		e := f.ents.Mentions[m].Entity
		f.ents.MakePerson(e)
		return e
	}
	if strings.HasSuffix(low, "agency") {
		if es := f.ents.Before(sp.Start, newsgraph.Media); len(es) > 0 {
			f.ents.AddMention(sp.Start, sp.End, es[0], entity.Alias)
			return es[0]
		}
	}
	name := phrase
	if k := strings.IndexByte(name, ' '); k > 0 && determiners[strings.ToLower(name[:k])] {
		name = name[k+1:]
	}
	e := f.ents.NewEntity(strings.TrimRight(name, ", "), newsgraph.Person)
	f.ents.AddMention(sp.Start, sp.End, e, entity.Nominal)
	return e
}

// antecedent returns the phrase a relative pronoun at token j stands for
// when it opens a clause set off by a comma: "David Kamin, an adviser to
// the campaign, who said", "The senator, who said".
func (f *finder) antecedent(j int, s text.Sentence) (span, bool) {
	if j-2 < s.First || j >= s.Last || f.lower(j) != "who" && f.lower(j) != "which" || f.words[j-1] != "," {
		return none, false
	}
	a, last := f.npLeft(j-2, s.First)
	if a < 0 {
		return none, false
	}
	// "David Kamin, an adviser to the campaign, who": past an
	// apposition, the name it describes.
	for k := a - 1; k > s.First && k >= j-16; k-- {
		if f.words[k] != "," {
			continue
		}
		if e := f.entityEndingAt(k - 1); e >= 0 {
			if t := f.ents.Entities[e].Type; t == newsgraph.Person || t == newsgraph.Organization {
				if b, l := f.npLeft(k-1, s.First); b >= 0 && l == k-1 {
					return f.tokSpan(b, l+1), true
				}
			}
		}
		break
	}
	return f.tokSpan(a, last+1), true
}

// pronounReferent finds who a pronoun subject of a speech verb refers to:
// the nearest person named before it, outside quotations, whose gender
// does not clash with the pronoun's. "they" and "it" go to the last
// speaker. The chosen person takes the pronoun's gender.
func (f *finder) pronounReferent(off int, p string) int {
	var g byte
	switch p {
	case "he", "him":
		g = 'm'
	case "she", "her":
		g = 'f'
	case "i":
	default:
		for i := len(f.quotes) - 1; i >= 0; i-- {
			if q := f.quotes[i]; q.Speaker >= 0 && q.Fragments[0].Start <= off {
				return q.Speaker
			}
		}
		return -1
	}
	own := f.region(f.doc.TokenAt(off))
	limit := f.doc.Paragraphs[max(0, f.doc.Sentences[f.doc.SentenceAt(off)].Paragraph-2)].Start
	ms := f.ents.Within(limit, off)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		e := &f.ents.Entities[m.Entity]
		if !(e.Type == newsgraph.Person || e.Type == newsgraph.Other && strings.Count(e.Name, " ") == 1) || m.Kind == entity.Pronoun && m.Start == off {
			continue // people, and two-word names that may be people
		}
		if r := f.region(f.doc.TokenAt(m.Start)); r != nil && r != own {
			continue
		}
		if g != 0 && e.Gender != 0 && e.Gender != g {
			continue
		}
		if e.Gender == 0 {
			e.Gender = g
		}
		f.ents.MakePerson(m.Entity)
		return m.Entity
	}
	return -1
}

// entityEndingAt returns the entity of a mention that ends with token k,
// or -1.
func (f *finder) entityEndingAt(k int) int {
	end := f.doc.Tokens[k].End
	for _, m := range f.ents.Within(max(0, end-200), end) {
		if m.End == end {
			return m.Entity
		}
	}
	return -1
}
