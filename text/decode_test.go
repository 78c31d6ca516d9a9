package text

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

const (
	russian = "Министр иностранных дел России заявил, что переговоры продолжатся в понедельник.\n" +
		"Он добавил: «Все стороны готовы к диалогу», — и отказался отвечать на вопросы журналистов."
	// russianPlain is russian in the characters KOI8-R has: no « » or —.
	russianPlain = "Министр иностранных дел России заявил, что переговоры продолжатся в понедельник.\n" +
		"Он добавил: \"Все стороны готовы к диалогу\", - и отказался отвечать на вопросы журналистов."
	french = "Le ministre a déclaré : “Nous allons négocier” — c’est l’été, où tout est possible…"
)

// encode encodes s with e, failing the test on characters e lacks.
func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

var (
	utf16LE   = xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	utf16BE   = xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	utf16LENo = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	utf16BENo = xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
)

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

type decodeTest struct {
	name  string
	in    []byte
	want  string
	diags []Diagnostic
	err   string // part of the error message; "" for none
}

func decodeTests(t testing.TB) []decodeTest {
	return []decodeTest{
		{name: "empty", in: []byte{}},
		{name: "nil", in: nil},
		{name: "ASCII", in: []byte("Hello, world.\n"), want: "Hello, world.\n"},
		{name: "UTF-8", in: []byte(russian), want: russian},
		{name: "UTF-8 BOM", in: []byte("\uFEFFПривет, мир."), want: "Привет, мир."},
		{name: "UTF-8 BOM only", in: []byte("\uFEFF")},
		{name: "U+FEFF after the start is kept", in: []byte("a\uFEFFb"), want: "a\uFEFFb"},
		{name: "U+FFFD in valid UTF-8", in: []byte("a\uFFFDb"), want: "a\uFFFDb"},
		{name: "tabs and spaces kept", in: []byte("a\t\tb   c\f\u00a0d\u2028"), want: "a\t\tb   c\f\u00a0d\u2028"},
		{name: "no normalisation", in: []byte("e\u0301 é ﬁ"), want: "e\u0301 é ﬁ"},
		{name: "bell kept", in: []byte("Ding\x07 dong, said the bell."), want: "Ding\x07 dong, said the bell."},
		{name: "CRLF", in: []byte("one\r\ntwo\r\n\r\nthree"), want: "one\ntwo\n\nthree"},
		{name: "lone CR", in: []byte("one\rtwo\r\rthree\r"), want: "one\ntwo\n\nthree\n"},
		{name: "CR CR LF", in: []byte("a\r\r\nb"), want: "a\n\nb"},
		{name: "UTF-8 BOM and CRLF", in: []byte("\uFEFFa\r\nb"), want: "a\nb"},

		{name: "UTF-16LE BOM", in: encode(t, utf16LE, "Привет,\r\nмир 😀"), want: "Привет,\nмир 😀"},
		{name: "UTF-16BE BOM", in: encode(t, utf16BE, "Москва, 17 февраля 😀"), want: "Москва, 17 февраля 😀"},
		{name: "UTF-16 BOM only", in: []byte{0xFF, 0xFE}},
		{
			name:  "UTF-16LE without BOM",
			in:    encode(t, utf16LENo, "The minister said “no”.\r\nThat was all."),
			want:  "The minister said “no”.\nThat was all.",
			diags: []Diagnostic{{-1, "decoded as UTF-16LE without byte order mark"}},
		},
		{
			name:  "UTF-16BE without BOM",
			in:    encode(t, utf16BENo, "Hello, Привет"),
			want:  "Hello, Привет",
			diags: []Diagnostic{{-1, "decoded as UTF-16BE without byte order mark"}},
		},
		{
			name:  "UTF-16 unpaired surrogate",
			in:    []byte{0xFF, 0xFE, 'a', 0, '\r', 0, '\n', 0, 0x00, 0xD8, 'b', 0, 0x00, 0xDC, 0x01, 0xDC, 'c', 0},
			want:  "a\n\uFFFDb\uFFFDc",
			diags: []Diagnostic{{2, "unpaired UTF-16 surrogate 0xd800 replaced with U+FFFD"}, {6, "unpaired UTF-16 surrogates 0xdc00 0xdc01 replaced with U+FFFD"}},
		},
		{
			name:  "UTF-16 odd last byte",
			in:    []byte{0xFE, 0xFF, 0, 'a', 0xFF, 0xFD, 'z'},
			want:  "a\uFFFD\uFFFD",
			diags: []Diagnostic{{4, "odd last byte 0x7a replaced with U+FFFD"}},
		},
		{name: "UTF-16 with NUL", in: []byte{0xFF, 0xFE, 'a', 0, 0, 0}, err: "NUL character at offset 4"},

		{
			name:  "Windows-1251",
			in:    encode(t, charmap.Windows1251, russian),
			want:  russian,
			diags: []Diagnostic{{-1, "decoded as windows-1251"}},
		},
		{
			name:  "KOI8-R",
			in:    encode(t, charmap.KOI8R, russianPlain),
			want:  russianPlain,
			diags: []Diagnostic{{-1, "decoded as koi8-r"}},
		},
		{
			name:  "Windows-1251 lower case word",
			in:    encode(t, charmap.Windows1251, "привет"),
			want:  "привет",
			diags: []Diagnostic{{-1, "decoded as windows-1251"}},
		},
		{
			name:  "KOI8-R lower case word",
			in:    encode(t, charmap.KOI8R, "привет"),
			want:  "привет",
			diags: []Diagnostic{{-1, "decoded as koi8-r"}},
		},
		{
			name:  "Windows-1251 with English names and CRLF",
			in:    encode(t, charmap.Windows1251, "Компания Google объявила\r\nо сделке с Apple Inc."),
			want:  "Компания Google объявила\nо сделке с Apple Inc.",
			diags: []Diagnostic{{-1, "decoded as windows-1251"}},
		},
		{
			name:  "Windows-1252",
			in:    encode(t, charmap.Windows1252, french),
			want:  french,
			diags: []Diagnostic{{-1, "decoded as windows-1252"}},
		},
		{
			name:  "Windows-1252 punctuation only",
			in:    encode(t, charmap.Windows1252, "He said “no” – it’s over…"),
			want:  "He said “no” – it’s over…",
			diags: []Diagnostic{{-1, "decoded as windows-1252"}},
		},
		{
			name:  "Windows-1252 à alone",
			in:    encode(t, charmap.Windows1252, "Il va à Paris."),
			want:  "Il va à Paris.",
			diags: []Diagnostic{{-1, "decoded as windows-1252"}},
		},
		{
			name:  "Windows-1252 undefined byte",
			in:    []byte("caf\xe9 \x81!"),
			want:  "café \uFFFD!",
			diags: []Diagnostic{{-1, "decoded as windows-1252"}, {6, "undefined windows-1252 byte 0x81 replaced with U+FFFD"}},
		},

		{
			name:  "UTF-8 stray byte",
			in:    []byte("Привет, мир! \xff Всё хорошо."),
			want:  "Привет, мир! \uFFFD Всё хорошо.",
			diags: []Diagnostic{{len("Привет, мир! "), "invalid UTF-8 byte 0xff replaced with U+FFFD"}},
		},
		{
			name: "UTF-8 stray runs and CRLF",
			in:   []byte("déjà vu, Привет мир\r\n\xe2\x82 and \xc0\xaf, ok\r\n\xff"),
			want: "déjà vu, Привет мир\n\uFFFD\uFFFD and \uFFFD\uFFFD, ok\n\uFFFD",
			diags: []Diagnostic{
				{len("déjà vu, Привет мир\n"), "invalid UTF-8 bytes 0xe2 0x82 replaced with U+FFFD"},
				{len("déjà vu, Привет мир\n\uFFFD\uFFFD and "), "invalid UTF-8 bytes 0xc0 0xaf replaced with U+FFFD"},
				{len("déjà vu, Привет мир\n\uFFFD\uFFFD and \uFFFD\uFFFD, ok\n"), "invalid UTF-8 byte 0xff replaced with U+FFFD"},
			},
		},
		{
			name:  "UTF-8 BOM keeps stray bytes as UTF-8",
			in:    []byte("\uFEFFcaf\xe9"),
			want:  "caf\uFFFD",
			diags: []Diagnostic{{3, "invalid UTF-8 byte 0xe9 replaced with U+FFFD"}},
		},
		{
			name:  "UTF-8 long invalid run",
			in:    []byte(strings.Repeat("é", 10) + " " + strings.Repeat("\xff", 10)),
			want:  strings.Repeat("é", 10) + " " + strings.Repeat("\uFFFD", 10),
			diags: []Diagnostic{{21, "invalid UTF-8 bytes 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff … (10 bytes) replaced with U+FFFD"}},
		},

		{name: "PNG", in: cat([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"), make([]byte, 64)), err: "binary data, not text (NUL byte at offset 8)"},
		{name: "NUL after UTF-8 BOM", in: []byte("\uFEFFa\x00"), err: "NUL byte at offset 4"},
		{name: "controls", in: []byte("\x01\x02\x03\x04text\x1b\x1b"), err: "6 control characters in the first 10 bytes"},
		{name: "UTF-16 controls", in: encode(t, utf16LENo, "\x01\x02\x03abc"), err: "3 control characters in the first 12 bytes of UTF-16LE"},

		// Fixed bugs.
		// One NUL byte in eight made text look like UTF-16LE without BOM.
		{name: "NUL at the end", in: []byte("some text\x00"), err: "NUL byte at offset 9"},
	}
}

func TestDecode(t *testing.T) {
	for _, tt := range decodeTests(t) {
		t.Run(tt.name, func(t *testing.T) {
			got, diags, err := Decode(tt.in)
			if tt.err != "" {
				var e *newsgraph.Error
				if !errors.As(err, &e) || e.Code != newsgraph.EINVALID || !strings.Contains(e.Message, tt.err) {
					t.Fatalf("Decode(%q) error = %v, want EINVALID error containing %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Decode(%q) =\n%q, want\n%q", tt.in, got, tt.want)
			}
			if !reflect.DeepEqual(diags, tt.diags) {
				t.Errorf("Decode(%q) diagnostics =\n%+v, want\n%+v", tt.in, diags, tt.diags)
			}
			checkDecoded(t, got, diags)
		})
	}
}

// checkDecoded checks what holds of every decoded text: valid UTF-8, no
// CR, and each diagnostic at -1 or at a U+FFFD.
func checkDecoded(t *testing.T, s string, diags []Diagnostic) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("output %q is not valid UTF-8", s)
	}
	if strings.Contains(s, "\r") {
		t.Errorf("output %q contains CR", s)
	}
	if len(diags) > maxDiagnostics+2 {
		t.Errorf("%d diagnostics, want at most %d", len(diags), maxDiagnostics+2)
	}
	for _, d := range diags {
		if d.Offset != -1 && (d.Offset < 0 || !strings.HasPrefix(s[min(d.Offset, len(s)):], "\uFFFD")) {
			t.Errorf("diagnostic %q at %d not at a U+FFFD in %q", d.Message, d.Offset, s)
		}
	}
}

func TestDecodeManyInvalid(t *testing.T) {
	in := bytes.Repeat([]byte("é\xff "), 150)
	got, diags, err := Decode(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Repeat("é\uFFFD ", 150); got != want {
		t.Errorf("Decode = %q, want %q", got, want)
	}
	if len(diags) != maxDiagnostics+1 {
		t.Fatalf("%d diagnostics, want %d", len(diags), maxDiagnostics+1)
	}
	if last, want := diags[maxDiagnostics], (Diagnostic{-1, "50 more replacements with U+FFFD not listed"}); last != want {
		t.Errorf("last diagnostic = %+v, want %+v", last, want)
	}
	checkDecoded(t, got, diags)
}

func TestDecodeCopiesOnce(t *testing.T) {
	in := bytes.Repeat([]byte("Всё хорошо. All is well.\n"), 1<<15)
	allocs := testing.AllocsPerRun(10, func() {
		if _, _, err := Decode(in); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 1 {
		t.Errorf("Decode of valid UTF-8 made %v allocations, want 1", allocs)
	}
}

func BenchmarkDecode(b *testing.B) {
	for _, bm := range []struct {
		name string
		in   []byte
	}{
		{"UTF-8", []byte(russian + "\n")},
		{"UTF-8 CRLF", []byte(strings.ReplaceAll(russian+"\n", "\n", "\r\n"))},
		{"UTF-8 stray bytes", []byte(russian + "\xff\n")},
		{"Windows-1251", encode(b, charmap.Windows1251, russian+"\n")},
	} {
		in := bytes.Repeat(bm.in, (50<<20)/len(bm.in))
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, _, err := Decode(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	for _, tt := range decodeTests(f) {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, diags, err := Decode(b)
		if err != nil {
			var e *newsgraph.Error
			if !errors.As(err, &e) || e.Code != newsgraph.EINVALID {
				t.Fatalf("Decode(%q) error = %v, want an EINVALID *newsgraph.Error", b, err)
			}
			return
		}
		checkDecoded(t, s, diags)
		// Valid UTF-8 comes back as it was but for the BOM and line
		// endings. With a NUL byte it is UTF-16 or binary.
		if utf8.Valid(b) && bytes.IndexByte(b, 0) < 0 {
			want := strings.TrimPrefix(string(b), "\uFEFF")
			want = strings.ReplaceAll(strings.ReplaceAll(want, "\r\n", "\n"), "\r", "\n")
			if s != want || diags != nil {
				t.Errorf("Decode(%q) = %q, %+v; want %q and no diagnostics", b, s, diags, want)
			}
		}
	})
}
