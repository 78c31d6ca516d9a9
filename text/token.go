package text

import (
	"unicode"
	"unicode/utf8"
)

// IsQuoteMark reports whether r is a quotation mark of any convention.
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛', '‹', '›', '＂', '`':
		return true
	}
	return false
}

// IsDash reports whether r is a dash (not a hyphen).
func IsDash(r rune) bool { return r == '—' || r == '–' || r == '―' || r == '‒' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits src into tokens. It never fails: every non-space rune
// belongs to exactly one token.
func tokenize(src string) []Token {
	toks := make([]Token, 0, len(src)/5+1)
	space, newline := true, true
	i := 0
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				newline = true
			}
			i += size
			continue
		}
		start := i
		kind := Punct
		switch {
		case r < utf8.RuneSelf && unicode.IsDigit(r):
			kind = Number
			i = scanNumber(src, i)
			if i < len(src) {
				// 1990s, 3rd, 2-year-old: a number glued to letters is a word.
				if r2, _ := utf8.DecodeRuneInString(src[i:]); unicode.IsLetter(r2) || (isHyphen(r2) && nextIsWord(src, i)) {
					kind = Word
					i = scanWord(src, i)
				}
			}
		case isWordRune(r):
			kind = Word
			i = scanWord(src, i)
		case IsQuoteMark(r):
			kind = Quote
			i += size
			// '' and `` stand for a double quotation mark (newspaper
			// archives write them so).
			if (r == '\'' || r == '`') && i < len(src) && src[i] == byte(r) {
				i++
			}
		case IsDash(r):
			kind = Dash
			i += size
		case isHyphen(r) && space && i+size < len(src) && (src[i+size] == ' ' || src[i+size] == '-'):
			// " - " and " -- " stand for a dash.
			kind = Dash
			i += size
			for i < len(src) && src[i] == '-' {
				i++
			}
		case r == '.' && i+2 < len(src) && src[i+1] == '.' && src[i+2] == '.':
			i += 3
		default:
			i += size
		}
		toks = append(toks, Token{Start: start, End: i, Kind: kind, Space: space, Newline: newline})
		space, newline = false, false
	}
	return toks
}

func nextIsWord(src string, i int) bool {
	_, size := utf8.DecodeRuneInString(src[i:])
	if i+size >= len(src) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[i+size:])
	return isWordRune(r)
}

// scanNumber scans digits with inner separators: 3.5, 1,000, 17.02.2017,
// 10:30, 02/17/2017, 2016-09-12.
func scanNumber(src string, i int) int {
	for i < len(src) {
		c := src[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			i++
		default:
			return i
		}
	}
	return i
}

// scanWord scans letters and digits with inner apostrophes and hyphens
// (don't, Trump’s, well-known) and dotted abbreviations (U.S., a.m.).
func scanWord(src string, i int) int {
	start := i
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case isWordRune(r):
			i += size
		case (isApostrophe(r) || isHyphen(r)) && i > start && nextIsWord(src, i):
			i += size
		case r == '.' && i+2 < len(src) && dottedAbbrev(src, start, i):
			// U.S., U.N., a.m.: single letters joined by periods, final
			// period included.
			i++
			for i+1 < len(src) && isLetterByte(src[i]) && src[i+1] == '.' {
				i += 2
			}
			return i
		default:
			return i
		}
	}
	return i
}

// dottedAbbrev reports whether the word src[start:dot] is a single letter
// followed by ".X." — the start of a dotted abbreviation.
func dottedAbbrev(src string, start, dot int) bool {
	return dot-start == 1 && isLetterByte(src[start]) && isLetterByte(src[dot+1]) && dot+2 < len(src) && src[dot+2] == '.'
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
