package text

import (
	"strings"
	"unicode"
)

// abbreviations are words that take a period without ending a sentence
// when a capitalised word follows (Mr. Smith, Lt. Gen. Flynn, Sept. 11).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "mt": true, "ft": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true,
	"cmdr": true, "pres": true, "rev": true, "hon": true, "amb": true, "supt": true, "insp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "v": true, "etc": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "dept": true, "univ": true, "assn": true, "bros": true,
	"approx": true, "est": true, "fig": true, "vol": true, "op": true, "cf": true, "al": true,
	"ave": true, "blvd": true, "rd": true, "calif": true, "fla": true, "ind": true, "mass": true,
	"mich": true, "minn": true, "penn": true, "tenn": true, "tex": true, "va": true, "wash": true,
	"wis": true, "ariz": true, "colo": true, "conn": true, "ill": true, "ga": true, "ky": true,
	"md": true, "mo": true, "nev": true, "okla": true, "ore": true, "pa": true, "del": true,
}

// closesAfterAbbrev are capitalised words that start a new sentence even
// after a dotted abbreviation such as U.S. ("in the U.S. The ...").
var sentenceStarters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"But": true, "And": true, "This": true, "That": true, "In": true, "A": true, "An": true,
	"His": true, "Her": true, "Their": true, "Our": true, "There": true, "However": true,
	"Meanwhile": true, "On": true, "At": true, "As": true, "If": true, "When": true,
}

// split divides each paragraph into sentences.
func (d *Doc) split() []Sentence {
	var out []Sentence
	ti := 0
	for pi := range d.Paragraphs {
		p := &d.Paragraphs[pi]
		p.FirstSentence = len(out)
		for ti < len(d.Tokens) && d.Tokens[ti].Start < p.Start {
			ti++
		}
		first := ti
		for ti < len(d.Tokens) && d.Tokens[ti].End <= p.End {
			if d.endsSentence(ti, p.End) {
				out = append(out, d.sentence(first, ti+1, pi))
				first = ti + 1
			}
			ti++
		}
		if first < ti {
			out = append(out, d.sentence(first, ti, pi))
		}
	}
	if len(out) > 0 && len(d.Paragraphs) > 1 && d.Paragraphs[0].FirstSentence == 0 {
		// A first paragraph of one line without final punctuation is the
		// headline.
		s := &out[0]
		last := d.TokenText(s.Last - 1)
		if out[0].Paragraph == 0 && (len(out) == 1 || out[1].Paragraph != 0) &&
			!strings.ContainsRune(d.Source[s.Start:s.End], '\n') && !strings.ContainsAny(last, ".!?") {
			s.Headline = true
		}
	}
	return out
}

func (d *Doc) sentence(first, last, para int) Sentence {
	return Sentence{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End, First: first, Last: last, Paragraph: para}
}

// endsSentence reports whether a sentence ends after token i, which lies in
// a paragraph ending at byte paraEnd.
func (d *Doc) endsSentence(i, paraEnd int) bool {
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].Start >= paraEnd {
		return false // the paragraph's end closes it anyway
	}
	t := d.Tokens[i]
	next := d.Tokens[i+1]
	if next.Newline && d.lineBreakEnds(i) {
		return true
	}
	// A closing quotation mark or bracket right after terminal punctuation
	// belongs to the sentence: ... Russia.” Next
	if (t.Kind == Quote || d.Source[t.Start] == ')') && !t.Space && i > 0 && d.terminal(i-1) {
		return d.startsSentence(i + 1)
	}
	if !d.terminal(i) {
		return false
	}
	if next.Kind == Quote && !next.Space {
		return false // the closing mark comes next
	}
	if next.Kind == Punct && !next.Space && d.Source[next.Start] == ')' {
		return false
	}
	if d.Source[t.Start] == '.' && i > 0 && !t.Space {
		prev := d.TokenText(i - 1)
		if abbreviations[strings.ToLower(prev)] {
			return false
		}
		if len(prev) == 1 && unicode.IsUpper(rune(prev[0])) {
			return false // an initial: J. Smith
		}
	}
	return d.startsSentence(i + 1)
}

// terminal reports whether token i ends a sentence by its form: . ! ? …
// or a dotted abbreviation (U.S.) that the next word shows to be final.
func (d *Doc) terminal(i int) bool {
	s := d.TokenText(i)
	switch s {
	case ".", "!", "?", "…", "...", "?!", "!?":
		return true
	}
	t := d.Tokens[i]
	if t.Kind == Word && strings.HasSuffix(s, ".") && i+1 < len(d.Tokens) {
		return sentenceStarters[d.TokenText(i+1)]
	}
	return false
}

// startsSentence reports whether token i can open a sentence.
func (d *Doc) startsSentence(i int) bool {
	if i >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[i]
	if !t.Space {
		return false
	}
	switch t.Kind {
	case Quote, Dash, Number:
		return true
	}
	r := firstRune(d.Source[t.Start:])
	return unicode.IsUpper(r) || r == '(' || r == '[' || unicode.IsDigit(r)
}

// lineBreakEnds reports whether the line break after token i ends a
// sentence: the line ends with terminal punctuation (and closing marks) or
// is a short line of its own such as a headline, byline or dateline.
func (d *Doc) lineBreakEnds(i int) bool {
	j := i
	for j > 0 && (d.Tokens[j].Kind == Quote || d.Source[d.Tokens[j].Start] == ')') {
		j--
	}
	if d.terminal(j) || d.Source[d.Tokens[j].Start] == ':' {
		return true
	}
	// The line's length decides: a short line with no final punctuation
	// is a title, byline or list item, not a wrapped sentence.
	lineStart := strings.LastIndexByte(d.Source[:d.Tokens[i].End], '\n') + 1
	return d.Tokens[i].End-lineStart < 60
}
