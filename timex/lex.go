package timex

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/text"
)

// lkind is the shape of a lexeme.
type lkind uint8

const (
	lWord    lkind = iota // letters, looked up in the lexicon
	lNum                  // digits only: 17, 2017
	lNumX                 // digits with inner separators: 17.02.2017, 10:30, 3.5
	lOrd                  // a digit ordinal: 3rd, 17th
	lDecade               // digits and s: 1990s, 80s
	lClock                // digits glued to am/pm: 10am, 5p.m.
	lQuarter              // Q1-Q4
	lPunct
	lQuote
	lDash
)

// Lexeme flags.
const (
	fSpace     uint8 = 1 << iota // white space precedes
	fNewline                     // a line break precedes
	fHyphen                      // joined to the previous lexeme by a hyphen inside one token
	fCap                         // starts with an upper-case letter
	fUpper                       // two or more letters, all upper case
	fPoss                        // a possessive 's was stripped for the lookup
	fSentStart                   // first lexeme of a sentence
	fHeadline                    // in a headline, where words are capitalized
)

// lex is one lexeme: a token, or a part of a hyphenated word token
// ("third-quarter" gives "third" and "quarter").
type lex struct {
	start, end int32 // byte offsets into the source
	sent       int32 // sentence index
	num        int32 // value of the digits (lNum, lOrd, lDecade, lClock, lQuarter), the rune of a lPunct; else -1
	w          word
	kind       lkind
	ndig       int8 // number of digits of a lNum
	flags      uint8
}

func (l *lex) has(f uint8) bool { return l.flags&f != 0 }

// lexemes splits doc into lexemes, appending to buf.
func lexemes(doc *text.Doc, buf []lex) []lex {
	src := doc.Source
	sent := 0
	var low [32]byte
	joined := false // the token follows a hyphen that joins it to the previous one
	for ti, t := range doc.Tokens {
		for sent+1 < len(doc.Sentences) && ti >= doc.Sentences[sent].Last {
			sent++
		}
		var fl uint8
		if t.Space {
			fl |= fSpace
		}
		if t.Newline {
			fl |= fNewline
		}
		if sent < len(doc.Sentences) {
			if ti == doc.Sentences[sent].First {
				fl |= fSentStart
			}
			if doc.Sentences[sent].Headline {
				fl |= fHeadline
			}
		}
		if joined {
			fl |= fHyphen
			joined = false
		}
		base := lex{start: int32(t.Start), end: int32(t.End), sent: int32(sent), num: -1, flags: fl}
		switch t.Kind {
		case text.Number:
			s := src[t.Start:t.End]
			if v, ok := digits(s); ok {
				base.kind, base.num, base.ndig = lNum, v, int8(len(s))
			} else {
				base.kind = lNumX
			}
			buf = append(buf, base)
		case text.Punct:
			base.kind = lPunct
			r, _ := utf8.DecodeRuneInString(src[t.Start:t.End])
			base.num = r
			// 10-year: the tokenizer splits a hyphen after digits off;
			// join the parts again
			if (r == '-' || r == '‐' || r == '‑') && !t.Space && ti+1 < len(doc.Tokens) && !doc.Tokens[ti+1].Space &&
				len(buf) > 0 && (buf[len(buf)-1].kind == lNum || buf[len(buf)-1].kind == lWord) && doc.Tokens[ti+1].Kind == text.Word {
				joined = true
				continue
			}
			buf = append(buf, base)
		case text.Quote:
			base.kind = lQuote
			buf = append(buf, base)
		case text.Dash:
			base.kind = lDash
			buf = append(buf, base)
		default:
			start := t.Start
			for start < t.End {
				end, next := hyphenPart(src, start, t.End)
				l := base
				l.start, l.end = int32(start), int32(end)
				if start > t.Start {
					l.flags = fHyphen | fl&fHeadline
				}
				classify(&l, src[start:end], &low)
				buf = append(buf, l)
				start = next
			}
		}
	}
	return buf
}

// hyphenPart returns the end of the part of a word token starting at
// start, and the start of the next part.
func hyphenPart(src string, start, end int) (int, int) {
	for i := start; i < end; {
		c := src[i]
		if c == '-' {
			return i, i + 1
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(src[i:])
			if r == '‐' || r == '‑' {
				return i, i + size
			}
			i += size
			continue
		}
		i++
	}
	return end, end
}

// classify fills in the kind, value and word of a word part.
func classify(l *lex, s string, low *[32]byte) {
	l.kind = lWord
	if s == "" {
		return
	}
	c := s[0]
	switch {
	case c >= 'A' && c <= 'Z':
		l.flags |= fCap
		if len(s) >= 2 && isUpperWord(s) {
			l.flags |= fUpper
		}
	case c >= '0' && c <= '9':
		classifyDigits(l, s)
		return
	}
	key := s
	if n := len(key); n > 2 && key[n-2] == '\'' && (key[n-1] == 's' || key[n-1] == 'S') {
		key = key[:n-2]
		l.flags |= fPoss
	} else if strings.HasSuffix(key, "’s") && len(key) > len("’s") {
		key = key[:len(key)-len("’s")]
		l.flags |= fPoss
	}
	if len(key) > len(low) {
		return
	}
	n := 0
	for i := 0; i < len(key); i++ {
		b := key[i]
		if b >= utf8.RuneSelf {
			// Non-ASCII: only the typographic apostrophe of o’clock and
			// ’ll matters.
			if !strings.Contains(key, "’") {
				return
			}
			l.w = lexicon[strings.ToLower(key)]
			return
		}
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		low[n] = b
		n++
	}
	if len(key) == 2 && (low[0] == 'q') && low[1] >= '1' && low[1] <= '4' {
		l.kind, l.num = lQuarter, int32(low[1]-'0')
		return
	}
	l.w = lexicon[string(low[:n])]
}

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// classifyDigits classifies a word part that starts with a digit: 1990s,
// 3rd, 10am, 10.
func classifyDigits(l *lex, s string) {
	i := 0
	v := int32(0)
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if i < 9 {
			v = v*10 + int32(s[i]-'0')
		}
		i++
	}
	l.num = v
	rest := s[i:]
	if i <= 2 && len(rest) > 3 && (rest[0] == '.' || rest[0] == ':') && isDigit(rest[1]) && isDigit(rest[2]) {
		// 8.30pm, 10:15am: the minutes go in ndig
		l.ndig = int8((rest[1]-'0')*10 + rest[2] - '0')
		rest = rest[3:]
		if l.ndig >= 60 || !(eqFold(rest, "am") || eqFold(rest, "a.m.") || eqFold(rest, "pm") || eqFold(rest, "p.m.")) {
			l.kind, l.num, l.ndig = lWord, -1, 0
			return
		}
	}
	switch {
	case rest == "":
		l.kind, l.ndig = lNum, int8(min(i, 100))
	case rest == "s" || rest == "S" || rest == "'s" || rest == "’s":
		l.kind, l.ndig = lDecade, int8(i)
	case (rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "ST" || rest == "ND" || rest == "RD" || rest == "TH") && i <= 2:
		l.kind = lOrd
	case i <= 2 && (eqFold(rest, "am") || eqFold(rest, "a.m.") || eqFold(rest, "a.m")):
		l.kind, l.w.kw = lClock, kwAm
	case i <= 2 && (eqFold(rest, "pm") || eqFold(rest, "p.m.") || eqFold(rest, "p.m")):
		l.kind, l.w.kw = lClock, kwPm
	default:
		l.kind, l.num = lWord, -1
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// eqFold reports whether the ASCII string s equals the lower-case t,
// ignoring case.
func eqFold(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != t[i] {
			return false
		}
	}
	return true
}

// digits parses s as a number of ASCII digits.
func digits(s string) (int32, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := int32(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int32(c-'0')
	}
	return v, true
}
