package extract

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	newsgraph "github.com/newsgraph/newsgraph"
)

// fuzzSeeds are short articles of our own in many quotation conventions,
// with odd marks and odd bytes. testdata/fuzz/FuzzArticle holds more.
var fuzzSeeds = []string{
	"",
	"Harbour workers walked out on Monday.\n\n“We will not go back until the cranes are safe,” said Anna Berg, a union steward.\n\nThe port authority said that talks would resume on Friday.",
	`"The bridge is closed until further notice," the mayor, Tom Reyes, told reporters. "We have no choice."`,
	"Le ministre a déclaré : « Nous ne céderons pas. » Puis il est parti.\n\nThe minister, Jean Martin, said: «We will not give in.»",
	"Die Ministerin sagte: „Wir brauchen mehr Zeit.“ Das Parlament stimmte zu.",
	"‘It was a mistake,’ admitted Lee Kim, the company’s chief executive. ‘We’ll fix it.’",
	"“I expect to discuss some practical issues”, — he said.\n\n“This is a test”, — quotes news Agency the answer of the minister.",
	"Senator Maria Lopez said that the bill “goes too far” and “will hurt farmers.”",
	"According to Reuters, the ministry said it would review the contract.",
	"“This quote never ends.\n\nNor does this paragraph, said the clerk.\n\n“Here is a proper one,” Jane Doe said.",
	"”Only closing marks,” she said.” And more” here”.",
	"“Only “opening “marks “everywhere, he said.",
	"«",
	"»«»«“”„‟‘’‚‛\"'«",
	"He said \"mixed” quotes“ and ‘odd\" marks.",
	"\"",
	"\"\"\"\"",
	"said said said “said” — said, said.",
	"Line one\r\n\r\n“Line two,” he said.\r\nLine three\rLine four",
	"Text with a NUL\x00byte, said the tester.",
	"Invalid bytes \xff\xfe here and \xc3\x28 there, “he said \xe2\x80 twice.”",
	"\xef\xbb\xbf“A UTF-8 byte order mark,” said Ola Nordmann.",
	"Caf\xe9 owners said \x93prices are too high\x94, according to the guild.",
	"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x00",
	"— he said.",
	"“”",
	"“ ”, said.",
	"A\u0301ngel Pe\u0301rez said: “Ça va, 東京 🙂 is fine.”",
}

// utf16Seed returns s in UTF-16 with a byte order mark, little-endian if
// le, else big-endian.
func utf16Seed(s string, le bool) []byte {
	out := []byte{0xFE, 0xFF}
	if le {
		out = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if le {
			out = append(out, byte(u), byte(u>>8))
		} else {
			out = append(out, byte(u>>8), byte(u))
		}
	}
	return out
}

// FuzzArticle checks that any input gives either a record that keeps the
// record contract (see checkRecord) or an EINVALID error, and never a
// panic.
func FuzzArticle(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Add(utf16Seed("“We are ready,” said the coach, Mia Holm.\r\n", true))
	f.Add(utf16Seed("„Wir sind bereit“, sagte Mia Holm. \"Ok\"", false))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := articleWithin(t, b)
		if err != nil {
			var e *newsgraph.Error
			if !errors.As(err, &e) || e.Code != newsgraph.EINVALID {
				t.Fatalf("error %v (%T, code %q), want an EINVALID *newsgraph.Error", err, err, newsgraph.ErrorCode(err))
			}
			if r != nil {
				t.Fatalf("record %v returned with error %v", r, err)
			}
			return
		}
		checkRecord(t, r)
		// Valid UTF-8 without BOM, NUL or CR is kept byte for byte.
		if utf8.Valid(b) && !bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) && bytes.IndexByte(b, 0) < 0 && bytes.IndexByte(b, '\r') < 0 && r.Article.Text != string(b) {
			t.Errorf("valid UTF-8 input changed:\n in: %q\nout: %q", b, r.Article.Text)
		}
	})
}

// articleWithin runs Article on b, failing t if it panics. If Article has
// not returned within a time that grows with the input, it panics with the
// stack of the stuck call: a stage in an endless loop may be allocating as
// it goes (the tokenizer once did, at 250 MB/s), and only ending the test
// process stops it.
func articleWithin(t *testing.T, b []byte) (*newsgraph.Record, error) {
	type result struct {
		r     *newsgraph.Record
		err   error
		panic any
		stack []byte
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{panic: p, stack: debug.Stack()}
			}
		}()
		r, err := Article(Input{Text: b})
		done <- result{r: r, err: err}
	}()
	limit := 5*time.Second + time.Duration(len(b))*(10*time.Second)/(1<<20)
	select {
	case res := <-done:
		if res.panic != nil {
			t.Fatalf("Article(%s) panicked: %v\n%s", short(b), res.panic, res.stack)
		}
		return res.r, res.err
	case <-time.After(limit):
		panic(fmt.Sprintf("Article(%s) has not returned after %v:\n%s", short(b), limit, stuck()))
	}
}

// stuck returns the stacks of the goroutines running Article.
func stuck() string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for g := range strings.SplitSeq(string(buf), "\n\n") {
		if strings.Contains(g, "newsgraph/extract.Article(") {
			out = append(out, g)
		}
	}
	return strings.Join(out, "\n\n")
}

// short quotes b, cut to 200 bytes.
func short(b []byte) string {
	if len(b) > 200 {
		return fmt.Sprintf("%q... (%d bytes)", b[:200], len(b))
	}
	return fmt.Sprintf("%q", b)
}
