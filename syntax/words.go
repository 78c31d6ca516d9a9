package syntax

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/text"
)

// splitter maps our tokens onto the words the treebank was annotated in.
// Our tokenizer keeps don't, Trump's and well-known whole and writes Dr.
// as Dr + "."; UD English splits clitics off (do + n't, Trump + 's) and
// most hyphenated compounds into their parts (well - known), and writes
// abbreviations with their period. Everything it knows is learned from
// the training treebank.
type splitter struct {
	// multi gives, for a lowercased token the treebank mostly splits, the
	// length in runes of each of its words (cannot: 3 3).
	multi map[string][]uint8
	// clitics are lowercased word-final pieces split off any token ('s,
	// n't, 'll...), longest first.
	clitics []string
	// abbrevs are words written with a final period (Dr., etc., Inc.).
	abbrevs map[string]bool
	// hyphenWhole are lowercased hyphenated words kept whole (e-mail);
	// hyphenPrefix, first parts that keep a word whole (non-, co-).
	hyphenWhole, hyphenPrefix map[string]bool
}

// learnSplitter learns how the treebank splits and joins tokens.
func learnSplitter(train []TrainSentence) *splitter {
	sp := &splitter{multi: map[string][]uint8{}, abbrevs: map[string]bool{}, hyphenWhole: map[string]bool{}, hyphenPrefix: map[string]bool{}}
	splits := map[string]int{}      // lowercased multiword token -> times split
	lens := map[string][]uint8{}    // its word lengths, the last seen that spell it
	whole := map[string]int{}       // lowercased form -> times one word
	clitic := map[string]int{}      // last word of a two-word token, when it starts with ' or is n't
	prefixWhole := map[string]int{} // first part of a hyphenated word kept whole
	prefixSplit := map[string]int{} // first part of a hyphenated word split
	for _, s := range train {
		for _, t := range s.Tokens {
			low := fold(t.Form)
			if t.Last-t.First == 1 {
				whole[low]++
				form := t.Form
				if strings.HasSuffix(form, ".") && len(form) > 1 && isAbbrevStem(form[:len(form)-1]) {
					sp.abbrevs[form] = true
				}
				if i := hyphenAt(form); i > 0 {
					sp.hyphenWhole[low] = true
					prefixWhole[fold(form[:i])]++
				}
				continue
			}
			var b strings.Builder
			var ls []uint8
			for _, w := range s.Words[t.First:t.Last] {
				b.WriteString(fold(w.Form))
				ls = append(ls, uint8(min(utf8.RuneCountInString(w.Form), 255)))
			}
			if b.String() != low {
				continue // the words do not spell the token
			}
			splits[low]++
			lens[low] = ls
			if t.Last-t.First == 2 {
				last := fold(s.Words[t.Last-1].Form)
				if strings.HasPrefix(last, "'") || last == "n't" {
					clitic[last]++
				}
			}
		}
		// a - b written without spaces: a hyphenated word split.
		for i := 0; i+2 < len(s.Tokens); i++ {
			a, h, c := s.Tokens[i], s.Tokens[i+1], s.Tokens[i+2]
			if !a.SpaceAfter && !h.SpaceAfter && h.Form == "-" && isWordy(a.Form) && isWordy(c.Form) {
				prefixSplit[fold(a.Form)]++
			}
		}
	}
	for low, n := range splits {
		if n > whole[low] {
			sp.multi[low] = lens[low]
		}
	}
	for c, n := range clitic {
		if n >= 3 {
			sp.clitics = append(sp.clitics, c)
		}
	}
	sortLongestFirst(sp.clitics)
	for p, n := range prefixWhole {
		if n > prefixSplit[p] {
			sp.hyphenPrefix[p] = true
		}
	}
	return sp
}

func sortLongestFirst(ss []string) {
	slices.SortFunc(ss, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
}

// fold lowercases s and writes ’ as '.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '’' {
			return '\''
		}
		return unicode.ToLower(r)
	}, s)
}

// isAbbrevStem reports whether s, written before a period, makes an
// abbreviation: letters only.
func isAbbrevStem(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

func isWordy(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isHyphenRune(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// hyphenAt returns the byte offset of the first hyphen inside s with a
// letter or digit on each side, or -1.
func hyphenAt(s string) int {
	prev := rune(0)
	for i, r := range s {
		if isHyphenRune(r) && i > 0 && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				return i
			}
		}
		prev = r
	}
	return -1
}

// words returns the words of sentence s of doc, appended to out.
func (sp *splitter) words(doc *text.Doc, s text.Sentence, out []Word) []Word {
	toks := doc.Tokens
	for i := s.First; i < s.Last; i++ {
		t := toks[i]
		form := doc.Source[t.Start:t.End]
		if j := sp.glued(doc, i, s.Last); j > i+1 {
			end := toks[j-1].End
			out = append(out, Word{Form: doc.Source[t.Start:end], Start: t.Start, End: end, First: i, Last: j})
			i = j - 1
			continue
		}
		if t.Kind != text.Word {
			out = append(out, Word{Form: form, Start: t.Start, End: t.End, First: i, Last: i + 1})
			continue
		}
		if i+1 < s.Last && !toks[i+1].Space && doc.Source[toks[i+1].Start:toks[i+1].End] == "." && sp.abbrev(form) {
			end := toks[i+1].End
			out = append(out, Word{Form: doc.Source[t.Start:end], Start: t.Start, End: end, First: i, Last: i + 2})
			i++
			continue
		}
		out = sp.splitToken(form, t.Start, i, out)
	}
	return out
}

// abbrev reports whether form followed by a period is one word: a known
// abbreviation or an initial.
func (sp *splitter) abbrev(form string) bool {
	if sp.abbrevs[form+"."] {
		return true
	}
	r, size := utf8.DecodeRuneInString(form)
	return size == len(form) && unicode.IsUpper(r)
}

// splitToken appends the words of the word token form, which starts at
// byte start and is token i.
func (sp *splitter) splitToken(form string, start, i int, out []Word) []Word {
	add := func(a, b int, multi bool) {
		out = append(out, Word{Form: form[a:b], Start: start + a, End: start + b, First: i, Last: i + 1, Multi: multi})
	}
	if !strings.ContainsAny(form, "'’-‐‑") && !sp.mayBeMulti(form) {
		add(0, len(form), false)
		return out
	}
	low := fold(form)
	if lens, ok := sp.multi[low]; ok {
		if cuts := runeCuts(form, lens); cuts != nil {
			a := 0
			for _, b := range cuts {
				add(a, b, true)
				a = b
			}
			return out
		}
	}
	// Hyphenated compounds, unless kept whole; the last part may carry a
	// clitic (mother-in-law's).
	last := 0
	if h := hyphenAt(form); h > 0 && !sp.hyphenWhole[low] && !sp.hyphenPrefix[fold(form[:h])] {
		for h > 0 {
			add(last, last+h, false)
			_, size := utf8.DecodeRuneInString(form[last+h:])
			add(last+h, last+h+size, false)
			last += h + size
			h = hyphenAt(form[last:])
		}
	}
	tail := form[last:]
	for _, c := range sp.clitics {
		cut := lastRunes(tail, utf8.RuneCountInString(c))
		if cut > 0 && isWordy(tail) && fold(tail[cut:]) == c {
			add(last, last+cut, true)
			add(last+cut, len(form), true)
			return out
		}
	}
	add(last, len(form), false)
	return out
}

// lastRunes returns the byte offset where the last n runes of s start, or
// -1 when s is shorter.
func lastRunes(s string, n int) int {
	i := len(s)
	for ; n > 0; n-- {
		if i == 0 {
			return -1
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// mayBeMulti reports whether form could be a multiword token without an
// apostrophe or hyphen (cannot, gonna, dont).
func (sp *splitter) mayBeMulti(form string) bool {
	if len(form) < 2 || len(form) > 12 || len(sp.multi) == 0 {
		return false
	}
	var buf [48]byte
	b := buf[:0]
	for _, r := range form {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	_, ok := sp.multi[string(b)]
	return ok
}

// runeCuts returns the byte offsets in s after each of the rune lengths
// lens, or nil when they do not add up to s.
func runeCuts(s string, lens []uint8) []int {
	cuts := make([]int, 0, len(lens))
	off := 0
	for _, n := range lens {
		for range n {
			if off >= len(s) {
				return nil
			}
			_, size := utf8.DecodeRuneInString(s[off:])
			off += size
		}
		cuts = append(cuts, off)
	}
	if off != len(s) {
		return nil
	}
	return cuts
}

// glued returns the end of a web address or e-mail address that our
// tokenizer split into pieces written without spaces, starting at token i,
// or i when there is none. Final punctuation is left out.
func (sp *splitter) glued(doc *text.Doc, i, last int) int {
	toks := doc.Tokens
	j := i + 1
	for j < last && !toks[j].Space {
		j++
	}
	if j-i < 3 {
		return i
	}
	for j > i+1 && strings.ContainsAny(doc.Source[toks[j-1].Start:toks[j-1].End], ".,;:!?)]}\"'’”") {
		j--
	}
	s := doc.Source[toks[i].Start:toks[j-1].End]
	at := strings.IndexByte(s, '@')
	switch {
	case strings.Contains(s, "://"), strings.HasPrefix(strings.ToLower(s), "www."):
		return j
	case at > 0 && strings.Contains(s[at:], "."):
		return j
	}
	return i
}
