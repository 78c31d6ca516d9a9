package timex

import (
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/text"
)

// FuzzFind checks that Find and Published never fail on odd text and that
// every expression has sane offsets, a type and a value.
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.src, tt.ref)
	}
	for _, s := range []string{
		"", "-", "the", "the end of", "10-", "-year", "a.m.", "May", "'80s", "2 1/2", "Feb. 29",
		"between 2014 and", "from March to", "February 16-", "16-17", "1990-1", "WASHINGTON, ",
		"at 24:00 GMT Monday", "0/0/0000", "99.99.9999", "twenty-", "nineteen", "the year two thousand and",
		"every", "last", "a year ago a year earlier", "Q4", "the first two quarters of", "New Year's",
	} {
		f.Add(s, "2017-02-17")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, src, ref string) {
		if !utf8.ValidString(src) {
			return
		}
		doc := text.New(src)
		checkInvariants(t, src, Find(doc, ref))
		if p := Published(doc); p != "" {
			if _, ok := parseRef(p); !ok || len(p) != 10 {
				t.Fatalf("Published(%q) = %q", src, p)
			}
		}
	})
}
