package quote

import (
	"strings"

	"github.com/newsgraph/newsgraph/text"
)

// labelled handles a statement headed by its speaker's name and a colon
// or dash, as in headlines, transcripts and vox pops:
//
//	Pat Caddell: Voters Worried About ...
//	PENCE: Well, look, ...
//	Maria Lopez ― “I am ashamed ...”
func (f *finder) labelled(si int) bool {
	s := f.doc.Sentences[si]
	k := s.First
	for k < s.Last && k < s.First+5 && (f.capitalised(k) || f.words[k] == "." && k > s.First) {
		k++
	}
	if k == s.First || k+1 >= s.Last || f.region(k) != nil {
		return false
	}
	if f.words[k] != ":" && f.doc.Tokens[k].Kind != text.Dash {
		return false
	}
	name := f.tokSpan(s.First, k)
	_, known := f.ents.At(name.Start, name.End)
	label := strings.ToUpper(f.doc.Source[name.Start:name.End]) == f.doc.Source[name.Start:name.End]
	if !known && !label && si > 0 {
		return false // any capitalised head will do in the headline
	}
	cue := f.tokSpan(k, k+1)
	if r := f.openedAfter(k+1, s); r != nil {
		r.used = true
		f.add(f.newQuote(Direct, r.frags, cue, name, si))
		return true
	}
	if f.doc.Tokens[k].Kind == text.Dash {
		return false
	}
	f.addWithPartials(si, f.tokSpan(k+1, s.Last), cue, name)
	return true
}

// interjected handles an attribution set off by commas inside the
// statement it reports, "Lenox was a juggernaut, Mr. Clarke said, until it
// went bankrupt.": the content is the two pieces around it. It returns the
// cue token, or -1.
func (f *finder) interjected(si int) int {
	s := f.doc.Sentences[si]
	for a := s.First + 3; a < s.Last; a++ {
		if f.words[a] != "," || f.region(a) != nil || f.closedBefore(a, s) != nil {
			continue
		}
		b := a + 1
		for b < s.Last && b <= a+8 && f.words[b] != "," {
			b++
		}
		if b >= s.Last-1 || f.words[b] != "," || f.region(b+1) != nil || !f.trailer(a+1, b, s) {
			continue
		}
		c := a + 1
		for c < b && f.cueAt(c, s) < 0 {
			c++
		}
		end := f.cueAt(c, s)
		cue := f.tokSpan(c, end)
		subj := f.tokSpan(a+1, c)
		if c == a+1 {
			subj = f.tokSpan(end, b)
		}
		e := s.Last
		if f.doc.Tokens[e-1].Kind == text.Punct {
			e--
		}
		if e <= b+1 {
			return -1
		}
		q := f.newQuote(Indirect, []span{f.tokSpan(s.First, a), f.tokSpan(b+1, e)}, cue, subj, si)
		f.add(q)
		return c
	}
	return -1
}

// trailingOutlet returns the subject of the trailing cue at token c when it
// names an outlet and the clause before has an attribution of its own.
func (f *finder) trailingOutlet(c int, s text.Sentence) span {
	if c < 0 || !f.hasCue(s.First, c-1, -1) {
		return none
	}
	end := f.cueAt(c, s)
	sp := none
	if b := f.npRight(end, s.Last); b > 0 {
		sp = f.tokSpan(end, b)
	} else if a, last := f.npLeft(c-1, s.First); a >= 0 {
		sp = f.tokSpan(a, last+1)
	}
	if !sp.Valid() {
		return none
	}
	low := strings.ToLower(f.doc.Source[sp.Start:sp.End])
	if f.isOutlet(sp) || strings.Contains(low, "agency") || strings.Contains(low, "newspaper") {
		return sp
	}
	return none
}

// trailingCue returns the cue token of an attribution that ends sentence
// s after a comma ("..., he said." / "..., said Smith."), or -1.
func (f *finder) trailingCue(s text.Sentence) int {
	e := s.Last
	if e > s.First && f.doc.Tokens[e-1].Kind == text.Punct {
		e--
	}
	for k := e - 2; k > s.First && k >= e-10; k-- {
		if f.words[k] != "," || f.region(k) != nil {
			continue
		}
		if f.closedBefore(k, s) != nil || !f.trailer(k+1, e, s) {
			return -1
		}
		for c := k + 1; c < e; c++ {
			if f.cueAt(c, s) >= 0 {
				return c
			}
		}
	}
	return -1
}
