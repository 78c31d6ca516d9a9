package gazetteer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/text"
)

// index maps multi-word forms to payloads (row numbers of a table). Forms
// are split into words the way text splits an article, so "St. Petersburg"
// is three words and "U.S." one; they are found by their lower-cased first
// word, and each first word's candidates are sorted longest first.
type index struct {
	first map[string][]cand
	seen  map[string]int // normalised form -> payload, to report collisions
}

// cand is one form in the index.
type cand struct {
	words   []string // the form's words as written
	exact   []bool   // per word: must match case-sensitively
	needThe bool     // the form was written "the X": a "the" must precede it
	payload int
	form    string // the form as written, for reports
}

func newIndex() *index {
	return &index{first: make(map[string][]cand), seen: make(map[string]int)}
}

// add indexes form for payload. A form written "=X" matches X case-
// sensitively; a form written "the X" needs a preceding "the" and matches X
// case-sensitively. Otherwise all-caps words (US, NATO, G7) match
// case-sensitively, and so does a whole form of fewer than four letters
// (Fed, Sen.); other words match case-insensitively. add returns the
// payload that already holds the same form, or -1.
func (x *index) add(form string, payload int) int {
	c := cand{payload: payload, form: form}
	allExact := false
	if strings.HasPrefix(form, "=") {
		form, allExact = form[1:], true
	}
	if rest, ok := cutThe(form); ok {
		form, allExact, c.needThe = rest, true, true
	}
	c.words = splitWords(form)
	if len(c.words) == 0 {
		return -1
	}
	short := letters(form) < 4
	c.exact = make([]bool, len(c.words))
	for i, w := range c.words {
		c.exact[i] = allExact || short || isAllCaps(w)
	}
	norm := normalForm(c)
	if p, ok := x.seen[norm]; ok {
		return p
	}
	x.seen[norm] = payload
	var buf [keyBuf]byte
	k := string(key(buf[:0], c.words[0]))
	x.first[k] = append(x.first[k], c)
	return -1
}

// finish sorts each first word's candidates longest first, keeping the
// order of addition among forms of one length.
func (x *index) finish() {
	for _, cs := range x.first {
		sort.SliceStable(cs, func(i, j int) bool { return len(cs[i].words) > len(cs[j].words) })
	}
}

// cutThe removes a leading "the " or "The ".
func cutThe(form string) (string, bool) {
	if len(form) > 4 && strings.EqualFold(form[:4], "the ") {
		return form[4:], true
	}
	return form, false
}

// normalForm is the form as the index tells it apart from others: folded
// words lower-cased, exact words as written.
func normalForm(c cand) string {
	var b strings.Builder
	if c.needThe {
		b.WriteString("the ")
	}
	for i, w := range c.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		if c.exact[i] {
			b.WriteString(w)
		} else {
			b.WriteString(strings.ToLower(w))
		}
	}
	return b.String()
}

// match returns the payload and length of the longest form starting at
// words[i]; with want > 0 only a form of exactly want words counts. afterThe
// reports whether "the" precedes words[i] (for Lookup, which has no
// preceding words). n is 0 if nothing matches.
func (x *index) match(words []string, i, want int, afterThe bool) (payload, n int) {
	if i < 0 || i >= len(words) {
		return 0, 0
	}
	w := words[i]
	var buf [keyBuf]byte
	if cs, ok := x.first[string(key(buf[:0], w))]; ok {
		for k := range cs {
			c := &cs[k]
			if (want > 0 && len(c.words) != want) || len(c.words) > len(words)-i {
				continue
			}
			if c.needThe && !afterThe {
				continue
			}
			if c.matches(words[i:]) {
				return c.payload, len(c.words)
			}
		}
	}
	// A possessive first word can only end a one-word form: Russia's.
	if stem, ok := cutPossessive(w); ok && (want == 0 || want == 1) {
		for _, c := range x.first[string(key(buf[:0], stem))] {
			if len(c.words) == 1 && (!c.needThe || afterThe) && wordEq(stem, c.words[0], c.exact[0]) {
				return c.payload, 1
			}
		}
	}
	return 0, 0
}

// matches reports whether words begins with c's words; the last may carry
// a possessive ending.
func (c *cand) matches(words []string) bool {
	last := len(c.words) - 1
	for j, f := range c.words {
		w := words[j]
		if wordEq(w, f, c.exact[j]) {
			continue
		}
		if j == last {
			if stem, ok := cutPossessive(w); ok && wordEq(stem, f, c.exact[j]) {
				continue
			}
		}
		return false
	}
	return true
}

func wordEq(w, f string, exact bool) bool {
	if exact {
		return w == f
	}
	return strings.EqualFold(w, f)
}

// afterThe reports whether words[i-1] is "the" in any case.
func afterThe(words []string, i int) bool {
	return i > 0 && i <= len(words) && strings.EqualFold(words[i-1], "the")
}

// lookup matches a whole surface form: it is split into words, a leading
// "the" is dropped (and satisfies forms that need it), and the remaining
// words must all belong to one form.
func (x *index) lookup(form string) (payload int, ok bool) {
	words := splitWords(form)
	i := 0
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		i = 1
	}
	p, n := x.match(words, i, len(words)-i, i == 1)
	return p, n > 0
}

// keyBuf is the size of the stack buffer for lower-casing a first word;
// longer words are lower-cased on the heap.
const keyBuf = 64

// key appends the lower-cased w to buf. ASCII words are lower-cased in
// place; others go through strings.ToLower.
func key(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(buf, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// cutPossessive removes a possessive ending: Russia's, Russia’s, Americans'.
func cutPossessive(w string) (string, bool) {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	for _, suf := range [...]string{"'", "’"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) && (w[len(w)-len(suf)-1] == 's' || w[len(w)-len(suf)-1] == 'S') {
			return w[:len(w)-len(suf)], true
		}
	}
	return "", false
}

// splitWords splits a form into token texts as text splits an article.
// Forms of letters, digits and spaces alone split at the spaces.
func splitWords(s string) []string {
	simple := true
	for _, r := range s {
		if r != ' ' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			simple = false
			break
		}
	}
	if simple {
		return strings.Fields(s)
	}
	d := text.New(s)
	words := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		words[i] = d.TokenText(i)
	}
	return words
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// isAllCaps reports whether w has an upper-case letter and no lower-case
// one: US, NATO, U.S., G7.
func isAllCaps(w string) bool {
	upper := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper = true
		}
	}
	return upper
}
