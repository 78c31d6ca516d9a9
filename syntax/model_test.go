package syntax_test

import (
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

const devFile = "../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"

func load(t testing.TB) *syntax.Model {
	t.Helper()
	m, err := syntax.Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The embedded models are the ones their manifests describe.
func TestManifests(t *testing.T) {
	tm, pm, err := syntax.Manifests()
	if err != nil {
		t.Fatal(err)
	}
	m := load(t)
	formats := map[string]int{"tagger": 1, "parser": 6}
	for _, c := range []struct {
		name     string
		man      syntax.Manifest
		classes  int
		features int
		weights  int
	}{
		{"tagger", tm, m.Tagger().Tags(), m.Tagger().Features(), m.Tagger().Weights()},
		{"parser", pm, m.Parser().Moves(), m.Parser().Features(), m.Parser().Weights()},
	} {
		file, err := syntax.Embedded(c.name + ".gz")
		if err != nil {
			t.Fatal(err)
		}
		man := c.man
		if man.Model != c.name || man.Format != formats[c.name] {
			t.Errorf("%s manifest names model %q format %d", c.name, man.Model, man.Format)
		}
		if man.SHA256 != syntax.Checksum(file) || man.Bytes != len(file) {
			t.Errorf("%s manifest: %d bytes %s, embedded %d bytes %s", c.name, man.Bytes, man.SHA256, len(file), syntax.Checksum(file))
		}
		if man.Classes != c.classes || man.Features != c.features || man.Weights != c.weights {
			t.Errorf("%s manifest: %d classes %d features %d weights, model has %d %d %d", c.name,
				man.Classes, man.Features, man.Weights, c.classes, c.features, c.weights)
		}
		if !strings.Contains(man.Corpus, "EWT") || man.License != "CC BY-SA 4.0" || !strings.Contains(man.Notice, "CC BY-SA 4.0") {
			t.Errorf("%s manifest: corpus %q, license %q, notice %q", c.name, man.Corpus, man.License, man.Notice)
		}
		if man.Train.File != "en_ewt-ud-train.conllu" || man.Train.Sentences != 12544 || man.Dev.File != "en_ewt-ud-dev.conllu" {
			t.Errorf("%s manifest: trained on %+v, scored on %+v", c.name, man.Train, man.Dev)
		}
		if len(file) > 8<<20 {
			t.Errorf("%s model is %d bytes: more than a few MB", c.name, len(file))
		}
	}
	if pm.Tagger != tm.SHA256 {
		t.Errorf("the parser was scored with tagger %s, the embedded one is %s", pm.Tagger, tm.SHA256)
	}
	notice, err := syntax.Embedded("NOTICE")
	if err != nil || !strings.Contains(string(notice), "CC BY-SA 4.0") || !strings.Contains(string(notice), "English Web Treebank") {
		t.Errorf("NOTICE: %v\n%s", err, notice)
	}
}

// The embedded models score on UD English EWT dev what their manifests
// say, through the same scorer as `newsgraph eval conllu`.
func TestDevScores(t *testing.T) {
	if _, err := os.Stat(devFile); err != nil {
		t.Skipf("UD English EWT dev not found at %s: %v", devFile, err)
	}
	if testing.Short() {
		t.Skip("short")
	}
	m := load(t)
	gold, err := eval.ReadCoNLLUFile(devFile)
	if err != nil {
		t.Fatal(err)
	}
	words := func(forms []string) []eval.UDWord {
		out := make([]eval.UDWord, len(forms))
		for i, tk := range m.ParseWords(forms) {
			out[i] = eval.UDWord{Form: forms[i], Lemma: tk.Lemma, UPOS: tk.UPOS, XPOS: tk.XPOS, Head: tk.Head + 1, Rel: tk.Rel}
		}
		return out
	}
	s, err := eval.ScoreUD(gold, eval.ParseGoldTokens(gold, words))
	if err != nil {
		t.Fatal(err)
	}
	pct := func(p eval.PRF) float64 { return math.Round(p.F1*10000) / 100 }
	got := map[string]float64{"UPOS": pct(s.UPOS), "XPOS": pct(s.XPOS), "Lemmas": pct(s.Lemmas), "UAS": pct(s.UAS), "LAS": pct(s.LAS)}
	tm, pm, err := syntax.Manifests()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range pm.DevScores {
		if got[k] != v {
			t.Errorf("dev %s = %.2f, the parser manifest says %.2f", k, got[k], v)
		}
	}
	for k, v := range tm.DevScores {
		if got[k] != v {
			t.Errorf("dev %s = %.2f, the tagger manifest says %.2f", k, got[k], v)
		}
	}
	t.Logf("dev, gold tokenisation: %v", got)
}

// Load decodes once; one Model serves every goroutine alike.
func TestLoadShared(t *testing.T) {
	a, b := load(t), load(t)
	if a != b {
		t.Fatal("Load returned two models")
	}
	doc := text.New(article)
	want := a.Parse(doc)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := a.Parse(doc)
			for i := range want {
				for j := range want[i] {
					if got[i][j] != want[i][j] {
						t.Errorf("sentence %d token %d: %+v, alone %+v", i, j, got[i][j], want[i][j])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

const article = `Rescuers pulled 14 people from the rubble of a collapsed building in the port city on Tuesday, officials said.

"We don't know how many are still trapped," Dr. Maria Lopez, who heads the city's emergency service, told reporters. "It's a race against time."

The well-known 12-storey block, built in the 1970s, had been declared unsafe by U.S.-trained engineers last year, according to e-mails seen by the Associated Press.`

// checkTrees checks that every sentence's tokens form a tree with one
// root.
func checkTrees(t *testing.T, doc *text.Doc, parsed [][]syntax.Token) {
	t.Helper()
	if len(parsed) != len(doc.Sentences) {
		t.Fatalf("%d sentences parsed, doc has %d", len(parsed), len(doc.Sentences))
	}
	for si, s := range doc.Sentences {
		toks := parsed[si]
		if len(toks) != s.Last-s.First {
			t.Fatalf("sentence %d: %d tokens, want %d", si, len(toks), s.Last-s.First)
		}
		roots := 0
		for i, tk := range toks {
			if tk.Head == -1 {
				roots++
			}
			if tk.Head < -1 || tk.Head >= len(toks) || tk.Head == i {
				t.Fatalf("sentence %d token %d: head %d", si, i, tk.Head)
			}
			if tk.UPOS == "" || tk.XPOS == "" || tk.Rel == "" {
				t.Fatalf("sentence %d token %d: %+v", si, i, tk)
			}
			for h, steps := tk.Head, 0; h >= 0; h, steps = toks[h].Head, steps+1 {
				if steps > len(toks) {
					t.Fatalf("sentence %d: a cycle through token %d", si, i)
				}
			}
		}
		if roots != 1 {
			t.Fatalf("sentence %d: %d roots", si, roots)
		}
	}
}

func TestParse(t *testing.T) {
	m := load(t)
	doc := text.New(article)
	parsed := m.Parse(doc)
	checkTrees(t, doc, parsed)
	tagged := m.Tag(doc)
	for si := range doc.Sentences {
		if one := m.ParseSentence(doc, si); !slices.Equal(one, parsed[si]) {
			t.Errorf("sentence %d alone: %+v\nwith the rest: %+v", si, one, parsed[si])
		}
		if one := m.TagSentence(doc, si); !slices.Equal(one, tagged[si]) {
			t.Errorf("sentence %d tagged alone: %+v\nwith the rest: %+v", si, one, tagged[si])
		}
	}
	find := func(word string) syntax.Token {
		for si, s := range doc.Sentences {
			for i := s.First; i < s.Last; i++ {
				if doc.TokenText(i) == word {
					return parsed[si][i-s.First]
				}
			}
		}
		t.Fatalf("%q not in the article", word)
		return syntax.Token{}
	}
	for _, c := range []struct {
		word       string
		upos, xpos string
		lemma, rel string
	}{
		{"pulled", "VERB", "VBD", "pull", ""},
		{"Rescuers", "NOUN", "NNS", "rescuer", "nsubj"},
		{"don't", "AUX", "VBP", "do", "aux"},
		{"city's", "NOUN", "NN", "city", "nmod:poss"},
		{"people", "NOUN", "NNS", "people", "obj"},
		{"said", "VERB", "VBD", "say", ""},
		{"well-known", "", "", "well-know", ""},
		{"e-mails", "NOUN", "NNS", "e-mail", ""},
	} {
		tk := find(c.word)
		if c.upos != "" && (tk.UPOS != c.upos || tk.XPOS != c.xpos) || tk.Lemma != c.lemma || c.rel != "" && tk.Rel != c.rel {
			t.Errorf("%s: %+v, want %s %s %s %s", c.word, tk, c.upos, c.xpos, c.lemma, c.rel)
		}
	}
	// Dr + . is one word: the period is punctuation hanging from Dr.
	for si, s := range doc.Sentences {
		for i := s.First; i+1 < s.Last; i++ {
			if doc.TokenText(i) == "Dr" {
				p := parsed[si][i+1-s.First]
				if p.UPOS != "PUNCT" || p.Head != i-s.First || p.Rel != "punct" {
					t.Errorf("the period of Dr.: %+v", p)
				}
			}
		}
	}
	tagged = m.Tag(doc)
	for si := range tagged {
		for i, tk := range tagged[si] {
			if tk.Head != -1 || tk.Rel != "" || tk.Lemma != parsed[si][i].Lemma {
				t.Fatalf("Tag: %+v, Parse: %+v", tk, parsed[si][i])
			}
		}
	}
}

func TestParseOddText(t *testing.T) {
	m := load(t)
	for _, src := range []string{
		"", " ", ".", "\"", "a", "-- -- --", "1 2 3 4 5 6 7 8 9 10",
		strings.Repeat("word ", 3000),
		strings.Repeat("(", 500) + "x",
		"http://x.org/a-b's don't-won't co-op's", "Ünïcödé wörds’s naïve-ish",
		"I'm'n't's'd", "e.g. U.S. Inc. Dr. Mr. A. B.",
	} {
		doc := text.New(src)
		checkTrees(t, doc, m.Parse(doc))
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{article, "Don't.", "a-b-c-d's e@f.g", "Dr. Who"} {
		f.Add(s)
	}
	m := load(f)
	f.Fuzz(func(t *testing.T, src string) {
		doc := text.New(src)
		checkTrees(t, doc, m.Parse(doc))
		for _, ws := range m.Words(doc) {
			for _, w := range ws {
				if w.Form != doc.Source[w.Start:w.End] || w.First >= w.Last {
					t.Fatalf("word %+v", w)
				}
			}
		}
	})
}
