package syntax

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/text"
)

// testSplitter knows what learnSplitter learns from UD English EWT.
func testSplitter() *splitter {
	return &splitter{
		multi:        map[string][]uint8{"don't": {2, 3}, "can't": {2, 3}, "cannot": {3, 3}, "gonna": {3, 2}},
		clitics:      []string{"n't", "'ll", "'re", "'ve", "'d", "'m", "'s"},
		abbrevs:      map[string]bool{"Dr.": true, "Inc.": true, "etc.": true},
		hyphenWhole:  map[string]bool{"e-mail": true},
		hyphenPrefix: map[string]bool{"non": true, "co": true},
	}
}

func TestSplitterWords(t *testing.T) {
	sp := testSplitter()
	for _, tc := range []struct{ in, want string }{
		{"I don't know.", "I do+n't know ."},
		{"They can't, cannot and won't.", "They ca+n't , can+not and wo+n't ."},
		{"Trump’s aide said it’ll rain.", "Trump+’s aide said it+’ll rain ."},
		{"A well-known 15-year-old non-profit e-mail.", "A well - known 15 - year - old non-profit e-mail ."},
		{"Dr. Smith of Acme Inc. met J. Doe.", "Dr. Smith of Acme Inc. met J. Doe ."},
		{"See http://www.example.com/a?b=1, or mail bob@example.org.", "See http://www.example.com/a?b=1 , or mail bob@example.org ."},
		{"I'm gonna go", "I+'m gon+na go"},
		{"mother-in-law's house", "mother - in - law+'s house"},
	} {
		doc := text.New(tc.in)
		var got []string
		for _, s := range doc.Sentences {
			var prev Word
			for i, w := range sp.words(doc, s, nil) {
				if doc.Source[w.Start:w.End] != w.Form {
					t.Errorf("%q: word %q has offsets of %q", tc.in, w.Form, doc.Source[w.Start:w.End])
				}
				if i > 0 && w.Multi && prev.Multi && prev.First == w.First {
					got[len(got)-1] += "+" + w.Form
				} else {
					got = append(got, w.Form)
				}
				prev = w
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, g, tc.want)
		}
	}
}

func TestLearnSplitter(t *testing.T) {
	tok := func(form string, first, last int, space bool) TrainToken {
		return TrainToken{Form: form, First: first, Last: last, SpaceAfter: space}
	}
	word := func(forms ...string) []TrainWord {
		var ws []TrainWord
		for _, f := range forms {
			ws = append(ws, TrainWord{Form: f})
		}
		return ws
	}
	var train []TrainSentence
	for range 3 {
		train = append(train,
			TrainSentence{Words: word("I", "do", "n't", "go"), Tokens: []TrainToken{tok("I", 0, 1, true), tok("don't", 1, 3, true), tok("go", 3, 4, false)}},
			TrainSentence{Words: word("Dr.", "Who", "'s", "e-mail"), Tokens: []TrainToken{tok("Dr.", 0, 1, true), tok("Who's", 1, 3, true), tok("e-mail", 3, 4, false)}},
			TrainSentence{Words: word("its", "well", "-", "known"), Tokens: []TrainToken{tok("its", 0, 1, true), tok("well", 1, 2, false), tok("-", 2, 3, false), tok("known", 3, 4, false)}},
		)
	}
	// "its" is one word more often than it is split (it + s).
	train = append(train, TrainSentence{Words: word("it", "s"), Tokens: []TrainToken{tok("its", 0, 2, false)}})
	sp := learnSplitter(train)
	if got := sp.multi["don't"]; len(got) != 2 || got[0] != 2 || got[1] != 3 {
		t.Errorf("multi[don't] = %v", got)
	}
	if _, ok := sp.multi["its"]; ok {
		t.Error("its is mostly one word")
	}
	if strings.Join(sp.clitics, " ") != "n't 's" {
		t.Errorf("clitics = %q", sp.clitics)
	}
	if !sp.abbrevs["Dr."] || !sp.hyphenWhole["e-mail"] || !sp.hyphenPrefix["e"] || sp.hyphenPrefix["well"] {
		t.Errorf("abbrevs %v, whole %v, prefixes %v", sp.abbrevs, sp.hyphenWhole, sp.hyphenPrefix)
	}
}

func TestLemmatizer(t *testing.T) {
	w := func(form, xpos, lemma string) TrainWord {
		return TrainWord{Form: form, Token: Token{XPOS: xpos, Lemma: lemma}}
	}
	train := []TrainSentence{{Words: []TrainWord{
		w("dogs", "NNS", "dog"), w("cats", "NNS", "cat"), w("cities", "NNS", "city"), w("parties", "NNS", "party"),
		w("walked", "VBD", "walk"), w("jumped", "VBD", "jump"), w("went", "VBD", "go"),
		w("Americans", "NNPS", "American"), w("Smith", "NNP", "Smith"), w("Jones", "NNP", "Jones"),
		w("The", "DT", "the"), w("the", "DT", "the"), w("I", "PRP", "I"), w("He", "PRP", "he"), w("he", "PRP", "he"),
		w("n't", "RB", "not"), w("ca", "MD", "can"),
	}}}
	tags := []string{"DT", "MD", "NNP", "NNPS", "NNS", "PRP", "RB", "VBD"}
	l := learnLemmatizer(train, tags)
	tag := func(x string) int {
		for i, t := range tags {
			if t == x {
				return i
			}
		}
		return -1
	}
	for _, tc := range []struct{ form, xpos, want string }{
		{"hats", "NNS", "hat"}, {"ladies", "NNS", "lady"}, {"Dogs", "NNS", "dog"},
		{"talked", "VBD", "talk"}, {"went", "VBD", "go"},
		{"Canadians", "NNPS", "Canadian"}, {"Brown", "NNP", "Brown"},
		{"THE", "DT", "the"}, {"I", "PRP", "I"}, {"She", "PRP", "she"},
		{"n't", "RB", "not"}, {"Ca", "MD", "can"},
		{"x", "??", "x"},
	} {
		if got := l.lemma(tc.form, tag(tc.xpos)); got != tc.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}
