package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// langSample is how much of a text language detection reads.
const langSample = 1500

// language returns the ISO 639-1 code of the language text is written in.
// Text in a script other than Latin is never English; Latin text is
// English unless detection is confident that it is not, so that short or
// odd English text is not set aside.
func language(text string) string {
	n, hits := englishHits(text)
	if n >= 20 && hits*8 >= n {
		return "en"
	}
	if len(text) > langSample {
		i := langSample
		for i > 0 && !utf8.RuneStart(text[i]) {
			i--
		}
		text = text[:i]
	}
	info := whatlanggo.Detect(text)
	code := info.Lang.Iso6391()
	if info.Script != nil && info.Script != unicode.Latin {
		if code == "" || code == "en" {
			return "und"
		}
		return code
	}
	if code == "" || code == "en" || !info.IsReliable() || len(text) < 200 || hits >= 3 && hits*30 >= n {
		return "en"
	}
	return code
}

// englishWords are frequent in any English text and rare in others.
var englishWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "is": true, "that": true, "after": true,
	"said": true, "was": true, "for": true, "with": true, "she": true, "which": true, "were": true,
}

// englishHits counts the first 300 words of text and the frequent English
// words among them. One in eight is a quick answer for most English text;
// one in thirty still marks English lists of names, which a detector
// takes for the names' language.
func englishHits(text string) (n, hits int) {
	for len(text) > 0 && n < 300 {
		i := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
		w := text
		if i >= 0 {
			w, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if w == "" {
			continue
		}
		n++
		if englishWords[strings.ToLower(w)] {
			hits++
		}
	}
	return n, hits
}
