package sqlite

import (
	"strings"
	"unicode"
)

// ftsQuery turns words typed by a user into an FTS5 query: every word
// must occur. Quoted words keep FTS5's syntax out.
func ftsQuery(s string) string {
	w := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(w) == 0 {
		return `""`
	}
	for i := range w {
		w[i] = `"` + w[i] + `"`
	}
	return strings.Join(w, " ")
}
