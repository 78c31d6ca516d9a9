package eval

import (
	"math"
	"strings"
	"testing"
)

// A small treebank in the shape of UD English EWT: documents, paragraphs,
// a multiword token, an empty node and SpaceAfter=No.
const tinyUD = `# newdoc id = d1
# sent_id = d1-1
# newpar id = d1-p1
# text = I don't know.
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = d1-2
# text = She left early
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	_
2.1	left	leave	VERB	VBD	_	_	_	2:conj	_
3	early	early	ADV	RB	_	2	advmod	_	_

# newdoc id = d2
# sent_id = d2-1
# text = Mr. Smith's dog
1	Mr.	Mr.	PROPN	NNP	_	2	compound	_	_
2	Smith	Smith	PROPN	NNP	_	4	nmod:poss	_	SpaceAfter=No
3	's	's	PART	POS	_	2	case	_	_
4	dog	dog	NOUN	NN	_	0	root	_	_
`

func readTiny(t *testing.T) []*UDSentence {
	t.Helper()
	s, err := ReadCoNLLU(strings.NewReader(tinyUD), "tiny")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReadCoNLLU(t *testing.T) {
	s := readTiny(t)
	if len(s) != 3 {
		t.Fatalf("%d sentences, want 3", len(s))
	}
	a := s[0]
	if a.ID != "d1-1" || a.Text != "I don't know." || !a.NewDoc || !a.NewPar || a.Line != 1 {
		t.Errorf("first sentence header = %+v", a)
	}
	if len(a.Words) != 5 || len(a.Tokens) != 4 {
		t.Fatalf("words %d tokens %d, want 5 and 4", len(a.Words), len(a.Tokens))
	}
	if tk := a.Tokens[1]; tk.Form != "don't" || tk.First != 1 || tk.Last != 3 || !tk.SpaceAfter {
		t.Errorf("multiword token = %+v", tk)
	}
	if tk := a.Tokens[2]; tk.Form != "know" || tk.SpaceAfter {
		t.Errorf("token before the period = %+v", tk)
	}
	if w := a.Words[2]; w.Form != "n't" || w.Lemma != "not" || w.Head != 4 || w.Rel != "advmod" {
		t.Errorf("word 3 = %+v", w)
	}
	if b := s[1]; b.NewDoc || b.NewPar || len(b.Words) != 3 {
		t.Errorf("second sentence: newdoc %v newpar %v, %d words (the empty node must be skipped)", b.NewDoc, b.NewPar, len(b.Words))
	}
	if !s[2].NewDoc {
		t.Error("third sentence starts a document")
	}
}

func TestReadCoNLLUProblems(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"fields", "1\tA\ta\tX\tX\t_\t0\troot\t_\n", "x:1: 9 fields, want 10"},
		{"id", "2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", `x:1: word ID "2", want 1`},
		{"head", "1\tA\ta\tX\tX\t_\tz\troot\t_\t_\n", `x:1: bad head "z"`},
		{"head range", "1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n", "x:1: word 1: head 5 out of range"},
		{"self", "1\tA\ta\tX\tX\t_\t1\troot\t_\t_\n", "x:1: word 1: head 1 out of range"},
		{"range", "1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", "lacks words"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			good := "\n1\tB\tb\tX\tX\t_\t0\troot\t_\t_\n"
			s, err := ReadCoNLLU(strings.NewReader(tc.in+good), "x")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one containing %q", err, tc.want)
			}
			if len(s) != 1 || s[0].Words[0].Form != "B" {
				t.Errorf("the good sentence after the bad one was not kept: %v", s)
			}
		})
	}
}

// clone returns a deep copy of sentences, for making system outputs.
func clone(ss []*UDSentence) []*UDSentence {
	out := make([]*UDSentence, len(ss))
	for i, s := range ss {
		c := *s
		c.Words = append([]UDWord(nil), s.Words...)
		c.Tokens = append([]UDToken(nil), s.Tokens...)
		out[i] = &c
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreUD(t *testing.T) {
	gold := readTiny(t)
	perfect, err := ScoreUD(gold, clone(gold))
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]PRF{"tokens": perfect.Tokens, "sentences": perfect.Sentences, "words": perfect.Words, "upos": perfect.UPOS, "las": perfect.LAS} {
		if p.F1 != 1 {
			t.Errorf("%s F1 = %v on gold against itself", name, p.F1)
		}
	}

	sys := clone(gold)
	sys[0].Words[0].UPOS = "NOUN" // one tag wrong
	sys[0].Words[1].Head = 1      // do -> I: head wrong
	sys[2].Words[1].Rel = "nmod"  // subtype dropped: LAS still right
	sys[1].Words[2].Rel = "obj"   // label wrong, head right
	sys[2].Words[0].Lemma = "mr." // lemma wrong
	s, err := ScoreUD(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	n := 12.0
	for _, c := range []struct {
		name string
		got  PRF
		want float64
	}{
		{"UPOS", s.UPOS, 11 / n}, {"XPOS", s.XPOS, 1}, {"Lemmas", s.Lemmas, 11 / n},
		{"UAS", s.UAS, 11 / n}, {"LAS", s.LAS, 10 / n},
	} {
		if !near(c.got.F1, c.want) {
			t.Errorf("%s F1 = %v, want %v", c.name, c.got.F1, c.want)
		}
	}
}

// A system that keeps don't whole and writes Smith's as one word still
// aligns every other word; the sentence boundary it misses costs a
// sentence, not words.
func TestScoreUDAlignment(t *testing.T) {
	gold := readTiny(t)
	w := func(form, upos string, head int, rel string) UDWord {
		return UDWord{Form: form, UPOS: upos, Head: head, Rel: rel}
	}
	sys := []*UDSentence{
		{Words: []UDWord{w("I", "PRON", 3, "nsubj"), w("don't", "AUX", 3, "aux"), w("know", "VERB", 0, "root"), w(".", "PUNCT", 3, "punct"),
			w("She", "PRON", 6, "nsubj"), w("left", "VERB", 3, "conj"), w("early", "ADV", 6, "advmod")}},
		{Words: []UDWord{w("Mr.", "PROPN", 2, "compound"), w("Smith", "PROPN", 4, "nmod:poss"), w("'s", "PART", 2, "case"), w("dog", "NOUN", 0, "root")}},
	}
	for _, s := range sys {
		for i, x := range s.Words {
			s.Tokens = append(s.Tokens, UDToken{Form: x.Form, First: i, Last: i + 1})
		}
	}
	// Smith's as a multiword token of the system.
	sys[1].Tokens = []UDToken{{Form: "Mr.", First: 0, Last: 1}, {Form: "Smith's", First: 1, Last: 3}, {Form: "dog", First: 3, Last: 4}}
	s, err := ScoreUD(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	if s.Words.Matched != 10 || s.Words.Gold != 12 || s.Words.Predicted != 11 {
		t.Errorf("words = %+v, want 10 of 12 gold and 11 system aligned", s.Words)
	}
	if s.Sentences.Matched != 1 || s.Sentences.Gold != 3 || s.Sentences.Predicted != 2 {
		t.Errorf("sentences = %+v, want 1 of 3 matched", s.Sentences)
	}
	// Tokens: gold I don't know . She left early Mr. Smith 's dog (11);
	// system I don't know . She left early Mr. Smith's dog (10): 9 equal.
	if s.Tokens.Matched != 9 {
		t.Errorf("tokens = %+v, want 9 matched", s.Tokens)
	}
	// UAS: I, know, ., She, early, Mr., Smith, 's, dog are right (know is
	// root in both; left's head differs), don't aligns to nothing.
	if s.UAS.Matched != 8 {
		t.Errorf("UAS = %+v, want 8 right", s.UAS)
	}

	sys[1].Tokens[2].Form = "cat"
	sys[1].Words[3].Form = "cat"
	if _, err := ScoreUD(gold, sys); err == nil || !strings.Contains(err.Error(), "differ") {
		t.Errorf("different text: error = %v", err)
	}
}

func TestRawDocuments(t *testing.T) {
	docs := RawDocuments(readTiny(t))
	want := []string{"I don't know. She left early", "Mr. Smith's dog"}
	if len(docs) != 2 || docs[0] != want[0] || docs[1] != want[1] {
		t.Errorf("RawDocuments = %q, want %q", docs, want)
	}
	s := readTiny(t)
	s[1].NewPar = true
	s[1].Text = "She  left early" // not the tokens' text, white space aside: kept
	if got := RawDocuments(s)[0]; got != "I don't know.\n\nShe  left early" {
		t.Errorf("with a paragraph = %q", got)
	}
	s[1].Text = "She went"
	if got := RawDocuments(s)[0]; got != "I don't know.\n\nShe left early" {
		t.Errorf("with a wrong # text = %q", got)
	}
}

func TestCoNLLUWithGoldParser(t *testing.T) {
	gold := readTiny(t)
	byForms := map[string][]UDWord{}
	for _, s := range gold {
		byForms[strings.Join(s.Forms(), " ")] = s.Words
	}
	words := func(forms []string) []UDWord { return byForms[strings.Join(forms, " ")] }
	sys := ParseGoldTokens(gold, words)
	s, err := ScoreUD(gold, sys)
	if err != nil || s.LAS.F1 != 1 {
		t.Errorf("oracle parser: LAS %v, err %v", s.LAS, err)
	}
	// A parser returning the wrong number of words scores zero on that
	// sentence but does not break the run.
	short := func(forms []string) []UDWord { return nil }
	if s, err := ScoreUD(gold, ParseGoldTokens(gold, short)); err != nil || s.Words.F1 != 1 || s.UPOS.Matched != 0 {
		t.Errorf("empty parser: %+v, %v", s.UPOS, err)
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(tinyUD)
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n")
	f.Add("# text = x\n1.1\ta\n\n\n1\t\t\t\t\t\t0\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, _ := ReadCoNLLU(strings.NewReader(in), "fuzz")
		for _, s := range ss {
			if _, err := layout([]*UDSentence{s}); err != nil && !strings.Contains(err.Error(), "empty token form") {
				t.Fatalf("a sentence read has a bad layout: %v", err)
			}
			for _, w := range s.Words {
				if w.Head < 0 || w.Head > len(s.Words) {
					t.Fatalf("head %d out of range", w.Head)
				}
			}
		}
		// Scoring what was read against itself never fails but on empty forms.
		if _, err := ScoreUD(ss, ss); err != nil && !strings.Contains(err.Error(), "empty token form") {
			t.Fatal(err)
		}
	})
}
