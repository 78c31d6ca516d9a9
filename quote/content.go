package quote

import (
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/text"
)

// newQuote builds a quote, resolving its speaker phrase.
func (f *finder) newQuote(kind string, frags []span, cue, subj span, si int) Quote {
	q := Quote{Kind: kind, Fragments: append([]span(nil), frags...), Cue: cue, Speaker: -1,
		SpeakerMention: subj, Place: -1, Time: -1, Sentence: si}
	if subj.Valid() {
		q.Speaker = f.resolve(subj)
		if lemma(strings.ToLower(f.doc.Source[cue.Start:cue.End])) == "quote" {
			q.Via = append(q.Via, f.quotingOutlets(subj, q.Speaker)...)
		}
	}
	q.Confidence = f.confidence(q)
	return q
}

// quotingOutlets returns the outlets named in the phrase of a "quotes"
// cue other than the speaker: "— quotes news Agency the answer of the
// minister" is the minister's answer relayed by the agency.
func (f *finder) quotingOutlets(subj span, speaker int) []int {
	var out []int
	for _, m := range f.ents.Within(subj.Start, subj.End) {
		if m.End <= subj.End && m.Entity != speaker && f.ents.Entities[m.Entity].Type == newsgraph.Media {
			out = append(out, m.Entity)
		}
	}
	if len(out) == 0 {
		phrase := strings.ToLower(f.doc.Source[subj.Start:subj.End])
		if k := strings.Index(phrase, "agency"); k >= 0 {
			if es := f.ents.Before(subj.Start, newsgraph.Media); len(es) > 0 {
				// "news Agency", "the agency": the words up to "agency".
				start := subj.Start
				if strings.HasPrefix(phrase, "the ") {
					start += len("the ")
				}
				f.ents.AddMention(start, subj.Start+k+len("agency"), es[0], entity.Alias)
				f.relays = append(f.relays, relay{off: start, para: f.doc.Sentences[f.doc.SentenceAt(start)].Paragraph, entity: es[0]})
				out = append(out, es[0])
			}
		}
	}
	return out
}

// confidence scores how sure the attribution is.
func (f *finder) confidence(q Quote) float64 {
	c := 0.5
	if q.Cue.Valid() {
		c += 0.2
	}
	if q.Speaker >= 0 {
		c += 0.2
		if f.ents.Entities[q.Speaker].Type == newsgraph.Person {
			c += 0.05
		}
	}
	if q.Kind == Indirect {
		c -= 0.1
	}
	return c
}

// contentEnd returns where an indirect content starting at token from
// ends (exclusive): before the final full stop, before a trailing
// "according to X" or ", he said", or before a coordinated cue.
func (f *finder) contentEnd(from int, s text.Sentence) int {
	e := s.Last
	if e > from && f.doc.Tokens[e-1].Kind == text.Punct && f.region(e-1) == nil {
		e--
	}
	for j := from + 1; j < e; j++ {
		if f.region(j) != nil {
			continue
		}
		w := f.lower(j)
		switch {
		case w == ";":
			return j
		case w == "," && j+1 < e && f.lower(j+1) == "according":
			return j
		case w == "," && f.trailer(j+1, e, s):
			return j
		case (w == "but" || w == "and") && f.coordinatedCueAt(j+1, s):
			if f.words[j-1] == "," {
				return j - 1
			}
			return j
		}
	}
	return e
}

// trailer reports whether tokens [k, e) are a trailing attribution: "he
// said", "said Smith", "the official added".
func (f *finder) trailer(k, e int, s text.Sentence) bool {
	if k >= e {
		return false
	}
	if f.cueAt(k, s) >= 0 {
		return f.npRight(f.cueAt(k, s), s.Last) >= e-1
	}
	if b := f.npRight(k, e); b > 0 && b < e && b-k <= 6 {
		if c := f.cueAt(b, s); c >= 0 && c >= e-1 {
			return true
		}
	}
	return false
}

// coordinatedCueAt reports whether a cue verb stands at token k after
// optional adverbs ("but also stressed").
func (f *finder) coordinatedCueAt(k int, s text.Sentence) bool {
	for k < s.Last && between[f.lower(k)] {
		k++
	}
	return k < s.Last && f.cueAt(k, s) >= 0
}

// indirect adds the reported speech starting at token from, and the
// quoted fragments inside it as partial quotes. A content that is one
// quotation and nothing else is a partial quote alone.
func (f *finder) indirect(si, c, end, from int, cue, subj span) {
	s := f.doc.Sentences[si]
	e := f.contentEnd(from, s)
	_, relative := f.antecedents[subj.Start]
	if te := f.clauseEnd(si, c, end, from, e, relative); te > from && te < e {
		e = te
	}
	if e <= from {
		return
	}
	content := f.tokSpan(from, e)
	f.addWithPartials(si, content, cue, subj)
}

// addWithPartials adds an indirect content and each quotation inside it.
func (f *finder) addWithPartials(si int, content, cue, subj span) {
	var inner []*region
	for _, r := range f.regions {
		if !r.used && r.start() >= content.Start && r.end() <= content.End {
			inner = append(inner, r)
		}
	}
	if len(inner) == 1 && f.doc.Tokens[inner[0].open].Start == content.Start && (inner[0].close >= 0 && f.doc.Tokens[inner[0].close].End == content.End || inner[0].close < 0) {
		inner[0].used = true
		f.add(f.newQuote(Partial, inner[0].frags, cue, subj, si))
		return
	}
	q := f.newQuote(Indirect, []span{content}, cue, subj, si)
	f.add(q)
	for _, r := range inner {
		r.used = true
		p := q
		p.Kind = Partial
		p.Fragments = append([]span(nil), r.frags...)
		f.add(p)
	}
}

// clauseBefore adds the clause before an attribution that follows it:
// "Clinton's van was supposed to ..., another source said."
func (f *finder) clauseBefore(si, comma int, cue, subj span) {
	s := f.doc.Sentences[si]
	from := s.First
	if comma-from < 3 {
		return
	}
	f.addWithPartials(si, f.tokSpan(from, comma), cue, subj)
}

// previousSentence takes the sentence before si as the content of a
// speech verb that has none of its own: "NATO believes in dialogue. As
// reported by RIA Novosti, the Secretary General said at a meeting ...".
func (f *finder) previousSentence(si int, cue, subj span) {
	p := si - 1
	if p < 0 || f.attributed[p] || f.doc.Sentences[p].Headline || f.doc.Sentences[si].Paragraph-f.doc.Sentences[p].Paragraph > 1 {
		return
	}
	s := f.doc.Sentences[p]
	if s.Last-s.First < 4 {
		return
	}
	e := s.Last
	if f.doc.Tokens[e-1].Kind == text.Punct && f.region(e-1) == nil {
		e--
	}
	if r := f.region(s.First + 1); r != nil && r.open == s.First && f.closedBefore(e-1, s) == r {
		r.used = true
		f.add(f.newQuote(Direct, r.frags, cue, subj, si))
		return
	}
	f.addWithPartials(si, f.tokSpan(s.First, e), cue, subj)
}

// orphans handles quotations no cue claimed. One that opens a sentence
// continues the direct quote just before it in the same paragraph (a
// second fragment), or is a new quote by the last speaker when it opens a
// paragraph after a quote; scare quotes inside sentences are left alone.
func (f *finder) orphans() {
	for _, r := range f.regions {
		if r.used || !f.statementLike(r) {
			continue
		}
		si := f.doc.SentenceAt(f.doc.Tokens[r.open].Start)
		if si < 0 || f.doc.Sentences[si].First != r.open {
			continue
		}
		para := f.doc.Sentences[si].Paragraph
		prev := f.lastQuoteBefore(f.doc.Tokens[r.open].Start)
		if name, dash := f.signature(r); name.Valid() {
			// “...” ― Maria Lopez
			r.used = true
			f.add(f.newQuote(Direct, r.frags, dash, name, si))
			continue
		}
		switch {
		case prev != nil && prev.Kind == Direct && f.doc.Sentences[prev.Sentence].Paragraph == para:
			prev.Fragments = append(prev.Fragments, r.frags...)
		case prev != nil && para-f.doc.Sentences[prev.Sentence].Paragraph <= 1:
			q := Quote{Kind: Direct, Fragments: r.frags, Cue: none, Speaker: prev.Speaker,
				SpeakerMention: prev.SpeakerMention, Place: -1, Time: -1, Sentence: si}
			q.Confidence = f.confidence(q) - 0.1
			f.add(q)
		default:
			q := Quote{Kind: Direct, Fragments: r.frags, Cue: none, Speaker: -1, SpeakerMention: none, Place: -1, Time: -1, Sentence: si}
			q.Confidence = f.confidence(q)
			f.add(q)
		}
		r.used = true
	}
}

// signature returns the name that signs a quotation after a dash at the
// end of its paragraph ("“...” ― Maria Lopez"), and the dash.
func (f *finder) signature(r *region) (name, dash span) {
	if r.close < 0 || r.close+2 >= len(f.doc.Tokens) || f.doc.Tokens[r.close+1].Kind != text.Dash {
		return none, none
	}
	end := f.doc.Paragraphs[f.doc.Sentences[f.doc.SentenceAt(f.doc.Tokens[r.close].Start)].Paragraph].End
	k := r.close + 2
	for k < len(f.doc.Tokens) && f.doc.Tokens[k].End <= end && (f.capitalised(k) || f.words[k] == ".") {
		k++
	}
	if k == r.close+2 || k < len(f.doc.Tokens) && f.doc.Tokens[k].End <= end {
		return none, none
	}
	if f.words[k-1] == "." && k-1 > r.close+2 {
		k-- // the full stop after the name
	}
	return f.tokSpan(r.close+2, k), f.tokSpan(r.close+1, r.close+2)
}

// statementLike reports whether a quotation reads as a statement rather
// than a title or scare quote: several words ending a sentence.
func (f *finder) statementLike(r *region) bool {
	words := 0
	for i := f.doc.TokenAt(r.start()); i < len(f.doc.Tokens) && f.doc.Tokens[i].End <= r.end(); i++ {
		if f.isWord(i) {
			words++
		}
	}
	return words >= 4
}

// lastQuoteBefore returns the quote found last whose content starts before
// off, by position.
func (f *finder) lastQuoteBefore(off int) *Quote {
	var best *Quote
	for i := range f.quotes {
		q := &f.quotes[i]
		if q.Fragments[0].Start < off && (best == nil || q.Fragments[0].Start > best.Fragments[0].Start) {
			best = q
		}
	}
	return best
}
