package text

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

const (
	// sniffLen is how much of the input the binary and UTF-16 checks read.
	sniffLen = 8 << 10
	// maxDiagnostics caps the diagnostics one input can produce; the rest
	// are counted in a last diagnostic.
	maxDiagnostics = 100
	// voteLead is the lead at which utf8Votes stops counting.
	voteLead = 64 << 10
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode turns raw input bytes into UTF-8 text with LF line endings. In
// order, it recognises:
//
//   - a UTF-8, UTF-16LE or UTF-16BE byte order mark, which it drops;
//   - UTF-16 without a byte order mark, when the input has NUL bytes on
//     one side of its byte pairs only, as ASCII text in UTF-16 does;
//   - valid UTF-8, returned byte for byte: the only change is that CRLF and
//     lone CR become LF;
//   - UTF-8 with stray invalid bytes, when its valid multi-byte sequences
//     are at least as many as its invalid bytes (counted until one leads
//     by 64 Ki), or a UTF-8 BOM says so: each invalid byte becomes U+FFFD,
//     with a Diagnostic per run of them;
//   - anything else as Windows-1252, Windows-1251 or KOI8-R, whichever
//     reads best (see guessCodePage), with a Diagnostic at offset -1 naming
//     it.
//
// Line ending changes are not reported; every other change or guess is.
// Binary input, with a NUL byte outside UTF-16 or more than 10% of control
// characters other than \t \n \f \r in the first 8 KiB, is an EINVALID
// *newsgraph.Error. Control characters in text are kept. Empty input gives
// "" and no diagnostics.
//
// Valid UTF-8 without CR, the common case, costs a NUL scan, a validity
// scan and a CR scan, and is copied once.
func Decode(b []byte) (string, []Diagnostic, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeUTF16(b, 2, xunicode.LittleEndian)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeUTF16(b, 2, xunicode.BigEndian)
	}
	body, bom := b, bytes.HasPrefix(b, bomUTF8)
	if bom {
		body = b[len(bomUTF8):]
	}
	if i := bytes.IndexByte(body, 0); i >= 0 {
		if order, ok := sniffUTF16(b); ok && !bom {
			s, diags, err := decodeUTF16(b, 0, order)
			if err != nil {
				return "", nil, err
			}
			return s, append([]Diagnostic{{-1, "decoded as " + utf16Name(order) + " without byte order mark"}}, diags...), nil
		}
		return "", nil, binaryError("NUL byte at offset %d", len(b)-len(body)+i)
	}
	if n, of := controls(body); n*10 > of {
		return "", nil, binaryError("%d control characters in the first %d bytes", n, of)
	}
	if utf8.Valid(body) {
		if bytes.IndexByte(body, '\r') < 0 {
			return string(body), nil, nil
		}
		return lf(body, nil), nil, nil
	}
	if valid, invalid := utf8Votes(body); bom || valid >= invalid {
		s, diags := replaceInvalid(body)
		return s, diags, nil
	}
	cp := guessCodePage(body)
	s, diags := cp.decode(body)
	return s, append([]Diagnostic{{-1, "decoded as " + cp.name}}, diags...), nil
}

// binaryError returns the error for input that is not text.
func binaryError(format string, args ...any) error {
	return newsgraph.Errorf(newsgraph.EINVALID, "binary data, not text (%s)", fmt.Sprintf(format, args...))
}

// isControl reports whether c is a control character that text does not
// normally hold: any but \t \n \f \r.
func isControl(c rune) bool {
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F
}

// controls counts the control characters in the first sniffLen bytes of b
// and returns the count and the number of bytes read.
func controls(b []byte) (n, of int) {
	b = b[:min(len(b), sniffLen)]
	for _, c := range b {
		if isControl(rune(c)) {
			n++
		}
	}
	return n, len(b)
}

// utf8Votes counts the valid multi-byte UTF-8 sequences in b and the bytes
// that are not part of one, until one count leads by voteLead.
func utf8Votes(b []byte) (valid, invalid int) {
	for i := 0; i < len(b) && max(valid-invalid, invalid-valid) < voteLead; {
		if b[i] < utf8.RuneSelf {
			i++
		} else if n := seqLen(b[i:]); n > 0 {
			valid++
			i += n
		} else {
			invalid++
			i++
		}
	}
	return valid, invalid
}

// seqLen returns the length of the valid multi-byte UTF-8 sequence b
// starts with, or 0 if its first byte is invalid. It is utf8.DecodeRune
// made quick for the two-byte sequences and for the legacy text that
// Decode rejects as UTF-8.
func seqLen(b []byte) int {
	switch c := b[0]; {
	case c < 0xC2 || c > 0xF4 || len(b) == 1 || b[1]&0xC0 != 0x80:
		return 0
	case c <= 0xDF:
		return 2
	}
	if r, size := utf8.DecodeRune(b); r != utf8.RuneError || size > 1 {
		return size
	}
	return 0
}

// diagList collects diagnostics up to maxDiagnostics and counts the rest.
type diagList struct {
	diags []Diagnostic
	more  int
}

// full reports whether the list is full, and if so counts one more
// diagnostic left out. Callers check it before formatting a message.
func (l *diagList) full() bool {
	if len(l.diags) < maxDiagnostics {
		return false
	}
	l.more++
	return true
}

// add adds a diagnostic; check full first.
func (l *diagList) add(off int, msg string) { l.diags = append(l.diags, Diagnostic{off, msg}) }

// list returns the diagnostics, ending with a count of those left out.
func (l *diagList) list() []Diagnostic {
	if l.more > 0 {
		l.diags = append(l.diags, Diagnostic{-1, fmt.Sprintf("%d more replacements with U+FFFD not listed", l.more)})
	}
	return l.diags
}

// replaced describes a run of bytes replaced with U+FFFD, one per byte:
// "invalid UTF-8 byte 0xff replaced with U+FFFD".
func replaced(what string, run []byte) string {
	var sb strings.Builder
	sb.WriteString(what)
	if len(run) == 1 {
		sb.WriteString(" byte")
	} else {
		sb.WriteString(" bytes")
	}
	for i, c := range run {
		if i == 8 {
			fmt.Fprintf(&sb, " … (%d bytes)", len(run))
			break
		}
		fmt.Fprintf(&sb, " 0x%02x", c)
	}
	sb.WriteString(" replaced with U+FFFD")
	return sb.String()
}

// replaceInvalid converts b, which is UTF-8 with invalid bytes, to a string
// with LF line endings. Each invalid byte becomes U+FFFD, with a
// diagnostic per run of them.
func replaceInvalid(b []byte) (string, []Diagnostic) {
	var sb strings.Builder
	var diags diagList
	sb.Grow(len(b) + len(b)/4)
	start := 0 // start of the bytes not yet copied
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			if c == '\r' {
				sb.Write(b[start : i-1])
				sb.WriteByte('\n')
				if i < len(b) && b[i] == '\n' {
					i++
				}
				start = i
			}
			continue
		}
		if n := seqLen(b[i:]); n > 0 {
			i += n
			continue
		}
		sb.Write(b[start:i])
		off, j := sb.Len(), i
		for i < len(b) && b[i] >= utf8.RuneSelf && seqLen(b[i:]) == 0 {
			sb.WriteString("\uFFFD")
			i++
		}
		if !diags.full() {
			diags.add(off, replaced("invalid UTF-8", b[j:i]))
		}
		start = i
	}
	sb.Write(b[start:])
	return sb.String(), diags.list()
}

// decode converts b to a string with LF line endings, decoding bytes from
// 0x80 up with the code page cp. Bytes it leaves undefined become U+FFFD,
// with a diagnostic per run of them.
func (cp *codePage) decode(b []byte) (string, []Diagnostic) {
	var sb strings.Builder
	var diags diagList
	size := 0
	for _, c := range b {
		size += int(cp.utf8[c][3])
	}
	sb.Grow(size)
	// Decode into buf and copy it to sb in chunks: cheaper than writing
	// each rune to sb. Copying three bytes of the table for each byte,
	// whatever its length, saves branches.
	var buf [32 << 10]byte
	n := 0
	for i := 0; i < len(b); i++ {
		if n > len(buf)-utf8.UTFMax {
			sb.Write(buf[:n])
			n = 0
		}
		c := b[i]
		if cp.special[c] {
			if c == '\r' {
				buf[n] = '\n'
				n++
				if i+1 < len(b) && b[i+1] == '\n' {
					i++
				}
				continue
			}
			if (i == 0 || !cp.undefined(b[i-1])) && !diags.full() {
				j := i + 1
				for j < len(b) && cp.undefined(b[j]) {
					j++
				}
				diags.add(sb.Len()+n, replaced("undefined "+cp.name, b[i:j]))
			}
		}
		e := &cp.utf8[c]
		buf[n], buf[n+1], buf[n+2] = e[0], e[1], e[2]
		n += int(e[3])
	}
	sb.Write(buf[:n])
	return sb.String(), diags.list()
}

// undefined reports whether cp leaves c undefined.
func (cp *codePage) undefined(c byte) bool {
	return c >= utf8.RuneSelf && cp.runes[c-0x80] == utf8.RuneError
}

// lf returns b as a string with CRLF and lone CR turned into LF, and moves
// the offsets of diags, which must be sorted and must not point at a CR or
// LF, to match.
func lf(b []byte, diags []Diagnostic) string {
	var sb strings.Builder
	sb.Grow(len(b))
	removed, d := 0, 0 // bytes dropped so far, next diagnostic to move
	pos := 0
	for {
		i := bytes.IndexByte(b[pos:], '\r')
		if i < 0 {
			break
		}
		i += pos
		sb.Write(b[pos:i])
		sb.WriteByte('\n')
		pos = i + 1
		if pos < len(b) && b[pos] == '\n' {
			for ; d < len(diags) && diags[d].Offset <= i; d++ {
				if diags[d].Offset >= 0 {
					diags[d].Offset -= removed
				}
			}
			removed++
			pos++
		}
	}
	sb.Write(b[pos:])
	for ; d < len(diags); d++ {
		if diags[d].Offset >= 0 {
			diags[d].Offset -= removed
		}
	}
	return sb.String()
}

// sniffUTF16 reports whether b looks like UTF-16 without a byte order
// mark, and in which byte order: in its first sniffLen bytes, at least
// half the byte pairs hold an ASCII character (a zero byte on the high
// side), the other order hardly ever fits, and no pair is all zero.
func sniffUTF16(b []byte) (xunicode.Endianness, bool) {
	n := min(len(b), sniffLen) / 2
	le, be := 0, 0
	for k := range n {
		switch lo, hi := b[2*k], b[2*k+1]; {
		case lo == 0 && hi == 0:
			return xunicode.BigEndian, false
		case hi == 0:
			le++
		case lo == 0:
			be++
		}
	}
	switch {
	case n == 0:
		return xunicode.BigEndian, false
	case le*2 >= n && be*16 <= le:
		return xunicode.LittleEndian, true
	case be*2 >= n && le*16 <= be:
		return xunicode.BigEndian, true
	}
	return xunicode.BigEndian, false
}

// utf16Name names a UTF-16 byte order.
func utf16Name(order xunicode.Endianness) string {
	if order == xunicode.LittleEndian {
		return "UTF-16LE"
	}
	return "UTF-16BE"
}

// decodeUTF16 decodes b after its first skip bytes (the byte order mark)
// as UTF-16 in the given byte order. NUL characters or too many control
// characters make it binary; unpaired surrogates and an odd last byte
// become U+FFFD, with a diagnostic each.
func decodeUTF16(b []byte, skip int, order xunicode.Endianness) (string, []Diagnostic, error) {
	body := b[skip:]
	unit := func(k int) rune {
		if order == xunicode.LittleEndian {
			return rune(body[2*k]) | rune(body[2*k+1])<<8
		}
		return rune(body[2*k])<<8 | rune(body[2*k+1])
	}
	n, sniffed, ctrl := len(body)/2, min(len(body)/2, sniffLen/2), 0
	for k := range n {
		u := unit(k)
		if u == 0 {
			return "", nil, binaryError("NUL character at offset %d of %s", skip+2*k, utf16Name(order))
		}
		if k < sniffed && isControl(u) {
			ctrl++
		}
	}
	if ctrl*10 > sniffed {
		return "", nil, binaryError("%d control characters in the first %d bytes of %s", ctrl, 2*sniffed, utf16Name(order))
	}
	out, err := xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(body)
	if err != nil {
		// Not expected: the decoder replaces what it cannot decode.
		return "", nil, newsgraph.Errorf(newsgraph.EINTERNAL, "decoding %s: %v", utf16Name(order), err)
	}
	var diags diagList
	if bytes.Contains(out, []byte("\uFFFD")) {
		// Walk the output and the input together to tell U+FFFD in the
		// input from the decoder's replacements, which follow
		// x/text: one per unpaired surrogate, except that two low
		// surrogates in a row give one, and one for an odd last byte.
		k := 0
		for off := 0; off < len(out); {
			r, size := utf8.DecodeRune(out[off:])
			switch {
			case r > 0xFFFF:
				k += 2
			case r != utf8.RuneError || k < n && unit(k) == utf8.RuneError:
				k++
			case k >= n:
				if !diags.full() {
					diags.add(off, replaced("odd last", body[len(body)-1:]))
				}
			default:
				u, v, pair := unit(k), rune(0), false
				if k+1 < n && isLowSurrogate(u) && isLowSurrogate(unit(k+1)) {
					v, pair = unit(k+1), true
					k++
				}
				k++
				switch {
				case diags.full():
				case pair:
					diags.add(off, fmt.Sprintf("unpaired UTF-16 surrogates 0x%04x 0x%04x replaced with U+FFFD", u, v))
				default:
					diags.add(off, fmt.Sprintf("unpaired UTF-16 surrogate 0x%04x replaced with U+FFFD", u))
				}
			}
			off += size
		}
	}
	d := diags.list()
	return lf(out, d), d, nil
}

// isLowSurrogate reports whether r is the second half of a UTF-16
// surrogate pair.
func isLowSurrogate(r rune) bool { return 0xDC00 <= r && r <= 0xDFFF }

// codePage is a legacy single-byte encoding that Decode can guess.
type codePage struct {
	name    string
	runes   [128]rune    // the decoding of bytes 0x80-0xFF; U+FFFD if undefined
	class   [128]uint8   // what guessCodePage sees in those runes
	utf8    [256][4]byte // the decoding of every byte in UTF-8, and its length
	special [256]bool    // CR and the undefined bytes
}

// Character classes of codePage.class.
const (
	cLetter = 1 << iota
	cUpper
	cLower
	cCyrillic
	cFrequent  // о е а и н т, the commonest Russian letters, in either case
	cPunct     // punctuation, spaces and signs such as € № © °
	cUndefined // no character
)

// codePages are the candidates of guessCodePage, the default first.
var codePages = []*codePage{
	newCodePage("windows-1252", charmap.Windows1252),
	newCodePage("windows-1251", charmap.Windows1251),
	newCodePage("koi8-r", charmap.KOI8R),
}

func newCodePage(name string, cm *charmap.Charmap) *codePage {
	cp := &codePage{name: name}
	for i := range cp.runes {
		r := cm.DecodeByte(byte(0x80 + i))
		var cl uint8
		switch {
		case r == utf8.RuneError:
			cl = cUndefined
		case unicode.IsLetter(r):
			cl = cLetter
			if unicode.IsUpper(r) {
				cl |= cUpper
			} else if unicode.IsLower(r) {
				cl |= cLower
			}
			if unicode.Is(unicode.Cyrillic, r) {
				cl |= cCyrillic
			}
			if strings.ContainsRune("оеаинтОЕАИНТ", r) {
				cl |= cFrequent
			}
		case unicode.IsPunct(r), unicode.IsSpace(r), strings.ContainsRune("\u00AD€№§©®°±™", r):
			cl = cPunct
		}
		cp.runes[i], cp.class[i] = r, cl
	}
	for c := range 256 {
		r, e := rune(c), &cp.utf8[c]
		if c >= utf8.RuneSelf {
			r = cp.runes[c-0x80]
		}
		e[3] = byte(utf8.EncodeRune(e[:], r)) // at most 3 bytes: r < U+10000
		cp.special[c] = c == '\r' || r == utf8.RuneError
	}
	return cp
}

// guessCodePage returns the code page in which b reads best. Each
// candidate splits b into words (runs of letters) and scores its
// characters from 0x80 up, in half points:
//
//   - a letter in a word of one script in lower case or Capitalised: 2,
//     in ALL CAPS: 1, and 1 more for о е а и н т;
//   - a letter in any other word: -2. Wrong decodings mix scripts
//     ("cafй") or case ("пРИВЕТ"), or read Russian as Latin words of
//     accented letters only ("Ïðèâåò"), so a Latin word may have at most
//     half its letters (rounded up) accented;
//   - nothing for a one-letter word, which reads well in any of them;
//   - punctuation, space and the signs € № § © ® ° ± ™: 2;
//   - any other symbol, such as box drawing: -2; an undefined byte: -4.
//
// KOI8-R and Windows-1251 have the Russian letters in the same half of the
// code page with upper and lower case swapped, so Russian text comes out
// mostly in lower case in the right one and in capitals or mixed case in
// the wrong one; text all in capitals is read wrongly. Windows-1252 wins
// ties. Scoring stops after 64 Ki bytes from 0x80 up.
func guessCodePage(b []byte) *codePage {
	best, bestScore := codePages[0], codePages[0].score(b)
	for _, cp := range codePages[1:] {
		if s := cp.score(b); s > bestScore {
			best, bestScore = cp, s
		}
	}
	return best
}

// score rates how well b reads in cp; see guessCodePage.
func (cp *codePage) score(b []byte) int {
	var w word
	total, seen := 0, 0
	for _, c := range b {
		var cl uint8
		switch {
		case c >= 0x80:
			if seen++; seen > 64<<10 {
				return total + w.score()
			}
			cl = cp.class[c-0x80]
		case 'a' <= c && c <= 'z':
			cl = cLetter | cLower
		case 'A' <= c && c <= 'Z':
			cl = cLetter | cUpper
		}
		if cl&cLetter != 0 {
			w.add(cl, c >= 0x80)
			continue
		}
		total += w.score()
		w = word{}
		if c >= 0x80 {
			switch {
			case cl&cPunct != 0:
				total += 2
			case cl&cUndefined != 0:
				total -= 4
			default:
				total -= 2
			}
		}
	}
	return total + w.score()
}

// word is what score knows of the word it is reading.
type word struct {
	letters, high         int // letters, and those from 0x80 up
	upper, lower, freq    int
	firstUpper, cyr, latn bool
}

func (w *word) add(cl uint8, high bool) {
	if w.letters == 0 {
		w.firstUpper = cl&cUpper != 0
	}
	w.letters++
	if high {
		w.high++
	}
	if cl&cUpper != 0 {
		w.upper++
	}
	if cl&cLower != 0 {
		w.lower++
	}
	if cl&cFrequent != 0 {
		w.freq++
	}
	if cl&cCyrillic != 0 {
		w.cyr = true
	} else {
		w.latn = true
	}
}

func (w *word) score() int {
	switch {
	case w.high == 0 || w.letters == 1:
		return 0
	case w.cyr && w.latn, w.latn && 2*w.high > w.letters+1:
		return -2 * w.high
	case w.upper == 0, w.upper == 1 && w.firstUpper:
		return 2*w.high + w.freq
	case w.lower == 0:
		return w.high + w.freq
	}
	return -2 * w.high
}
