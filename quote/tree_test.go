package quote

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// fixedTrees is a Syntax that returns trees written by hand, one per
// sentence: "form/UPOS/head/rel" per token, head an index within the
// sentence, -1 for the root.
type fixedTrees struct {
	t     *testing.T
	trees []string
	asked []int
}

func (p *fixedTrees) TagSentence(doc *text.Doc, si int) []syntax.Token {
	out := p.tree(doc, si)
	for i := range out {
		out[i].Head, out[i].Rel = -1, ""
	}
	return out
}

func (p *fixedTrees) ParseSentence(doc *text.Doc, si int) []syntax.Token {
	p.asked = append(p.asked, si)
	return p.tree(doc, si)
}

func (p *fixedTrees) tree(doc *text.Doc, si int) []syntax.Token {
	s := doc.Sentences[si]
	fields := strings.Fields(p.trees[si])
	if len(fields) != s.Last-s.First {
		p.t.Fatalf("sentence %d has %d tokens, its tree %d", si, s.Last-s.First, len(fields))
	}
	out := make([]syntax.Token, len(fields))
	for i, f := range fields {
		parts := strings.Split(f, "/")
		if parts[0] != doc.TokenText(s.First+i) {
			p.t.Fatalf("sentence %d token %d is %q, its tree says %q", si, i, doc.TokenText(s.First+i), parts[0])
		}
		head, _ := strconv.Atoi(parts[2])
		out[i] = syntax.Token{UPOS: parts[1], Head: head, Rel: parts[3]}
	}
	return out
}

func TestTreeRules(t *testing.T) {
	src := "Federal and state officials said the plan worked. " +
		"Smith said the talks failed, but he said a deal was close. " +
		"The weather was fine. " +
		"Lavrov was quoted as saying that talks would resume. " +
		"David Kamin, an adviser, who said that the plan was fair, spoke on Monday."
	trees := []string{
		"Federal/ADJ/3/amod and/CCONJ/2/cc state/ADJ/0/conj officials/NOUN/4/nsubj said/VERB/-1/root the/DET/6/det plan/NOUN/7/nsubj worked/VERB/4/ccomp ./PUNCT/4/punct",
		"Smith/PROPN/1/nsubj said/VERB/-1/root the/DET/3/det talks/NOUN/4/nsubj failed/VERB/1/ccomp ,/PUNCT/8/punct but/CCONJ/8/cc he/PRON/8/nsubj said/VERB/1/conj " +
			"a/DET/10/det deal/NOUN/12/nsubj was/AUX/12/cop close/ADJ/8/ccomp ./PUNCT/1/punct",
		"The/DET/1/det weather/NOUN/3/nsubj was/AUX/3/cop fine/ADJ/-1/root ./PUNCT/3/punct",
		"Lavrov/PROPN/2/nsubj:pass was/AUX/2/aux:pass quoted/VERB/-1/root as/SCONJ/4/mark saying/VERB/2/advcl " +
			"that/SCONJ/8/mark talks/NOUN/8/nsubj would/AUX/8/aux resume/VERB/4/ccomp ./PUNCT/2/punct",
		"David/PROPN/14/nsubj Kamin/PROPN/0/flat ,/PUNCT/4/punct an/DET/4/det adviser/NOUN/0/appos ,/PUNCT/7/punct who/PRON/7/nsubj said/VERB/0/acl:relcl " +
			"that/SCONJ/12/mark the/DET/10/det plan/NOUN/12/nsubj was/AUX/12/cop fair/ADJ/7/ccomp ,/PUNCT/7/punct spoke/VERB/-1/root on/ADP/16/case Monday/PROPN/14/obl ./PUNCT/14/punct",
	}
	var speakers []string // of the last run
	run := func(syn syntax.Sentences) []want {
		doc := text.New(src)
		ents := entity.Find(doc)
		qs, _ := Find(doc, ents, nil, syn)
		var out []want
		speakers = speakers[:0]
		for _, q := range qs {
			out = append(out, got(doc, q))
			name := ""
			if q.Speaker >= 0 {
				name = ents.Entities[q.Speaker].Name
			}
			speakers = append(speakers, name)
		}
		return out
	}
	p := &fixedTrees{t: t, trees: trees}
	withTree := run(p)
	wants := []want{
		{Indirect, "the plan worked", "Federal and state officials", "said"},
		{Indirect, "the talks failed", "Smith", "said"},
		{Indirect, "a deal was close", "he", "said"},
		{Indirect, "talks would resume", "Lavrov", "saying"},
		{Indirect, "the plan was fair", "who", "said"},
	}
	if len(withTree) != len(wants) {
		t.Fatalf("with trees: %+v\nwant %+v", withTree, wants)
	}
	for i := range wants {
		if withTree[i] != wants[i] {
			t.Errorf("with trees: quote %d = %+v, want %+v", i, withTree[i], wants[i])
		}
	}
	if speakers[4] != "David Kamin" {
		t.Errorf("the speaker of %+v is %q, want David Kamin", withTree[4], speakers[4])
	}
	for _, si := range p.asked {
		if si == 2 {
			t.Errorf("sentence 2 has no cue but was parsed")
		}
	}
	// Patterns alone get each of these wrong: the tree is what the test
	// checks.
	patterns := run(nil)
	for _, w := range wants {
		if slices.Contains(patterns, w) && w.content != "a deal was close" {
			t.Errorf("patterns alone already give %+v: the fixture tests nothing", w)
		}
	}
}
