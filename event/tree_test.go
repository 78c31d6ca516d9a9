package event

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// handParsed is a Syntax for a one-sentence doc that returns a tree
// written by hand: "form/UPOS/head/rel" per token, head an index within
// the sentence, -1 for the root, and optionally "/XPOS". It counts the
// parses; the event stage never asks for tags alone.
type handParsed struct {
	t      *testing.T
	tree   string
	parsed int
}

func (h *handParsed) ParseSentence(doc *text.Doc, si int) []syntax.Token {
	h.parsed++
	s := doc.Sentences[si]
	words := strings.Fields(h.tree)
	if len(words) != s.Last-s.First {
		h.t.Fatalf("sentence %d has %d tokens, its tree %d", si, s.Last-s.First, len(words))
	}
	out := make([]syntax.Token, len(words))
	for i, w := range words {
		var form string
		tk := &out[i]
		n, _ := fmt.Sscan(strings.ReplaceAll(w, "/", " "), &form, &tk.UPOS, &tk.Head, &tk.Rel, &tk.XPOS)
		if n < 4 || form != doc.TokenText(s.First+i) {
			h.t.Fatalf("token %d is %q, its tree says %q", i, doc.TokenText(s.First+i), w)
		}
	}
	return out
}

func (h *handParsed) TagSentence(*text.Doc, int) []syntax.Token {
	h.t.Fatal("the event stage asked for tags")
	return nil
}

// eventStrings returns the events of src as "TYPE [actors] -> [targets]".
func eventStrings(src string, opt Options) []string {
	var out []string
	for _, p := range findNamed(src, opt) {
		out = append(out, fmt.Sprintf("%s %v -> %v", p.Type, p.Actors, p.Targets))
	}
	return out
}

func TestTreeRules(t *testing.T) {
	tests := []struct {
		src, tree string
		// want are the events with the tree; patterns alone find
		// none of those marked byTree.
		want   []string
		byTree []bool
	}{
		{
			// The subject across a participial phrase.
			"Sergei Lavrov, speaking in Munich on Friday, accused NATO of provoking the crisis.",
			"Sergei/PROPN/9/nsubj Lavrov/PROPN/0/flat ,/PUNCT/3/punct speaking/VERB/0/acl in/ADP/5/case Munich/PROPN/3/obl " +
				"on/ADP/7/case Friday/PROPN/3/obl ,/PUNCT/3/punct accused/VERB/-1/root NATO/PROPN/9/obj of/SCONJ/12/mark " +
				"provoking/VERB/9/advcl the/DET/14/det crisis/NOUN/12/obj ./PUNCT/9/punct",
			[]string{"ACCUSE [Sergei Lavrov] -> [NATO]"}, []bool{true},
		},
		{
			// The name an apposition stands for, not the demonym in it.
			"Sergei Lavrov, the Russian foreign minister, met Antony Blinken in Geneva.",
			"Sergei/PROPN/8/nsubj Lavrov/PROPN/0/flat ,/PUNCT/6/punct the/DET/6/det Russian/ADJ/6/amod foreign/ADJ/6/amod " +
				"minister/NOUN/0/appos ,/PUNCT/6/punct met/VERB/-1/root Antony/PROPN/8/obj Blinken/PROPN/9/flat in/ADP/12/case " +
				"Geneva/PROPN/8/obl ./PUNCT/8/punct",
			[]string{"CONSULT [Sergei Lavrov Antony Blinken] -> []"}, []bool{true},
		},
		{
			// A conjunct verb without a subject of its own.
			"Emmanuel Macron spoke often about the war in his campaign, and criticized Vladimir Putin for it.",
			"Emmanuel/PROPN/2/nsubj Macron/PROPN/0/flat spoke/VERB/-1/root often/ADV/2/advmod about/ADP/6/case the/DET/6/det " +
				"war/NOUN/2/obl in/ADP/9/case his/PRON/9/nmod:poss campaign/NOUN/2/obl ,/PUNCT/12/punct and/CCONJ/12/cc " +
				"criticized/VERB/2/conj Vladimir/PROPN/12/obj Putin/PROPN/13/flat for/ADP/16/case it/PRON/12/obl ./PUNCT/2/punct",
			[]string{"ACCUSE [Emmanuel Macron] -> [Vladimir Putin]"}, []bool{true},
		},
		{
			// A relative pronoun stands for the noun its clause hangs
			// from.
			"Joe Biden met Andrzej Duda, who accused Russia of aggression.",
			"Joe/PROPN/2/nsubj Biden/PROPN/0/flat met/VERB/-1/root Andrzej/PROPN/2/obj Duda/PROPN/3/flat ,/PUNCT/7/punct " +
				"who/PRON/7/nsubj accused/VERB/3/acl:relcl Russia/PROPN/7/obj of/ADP/10/case aggression/NOUN/7/obl ./PUNCT/2/punct",
			[]string{"CONSULT [Joe Biden Andrzej Duda] -> []", "ACCUSE [Andrzej Duda] -> [Russia]"}, []bool{false, true},
		},
		{
			// The agent of a passive, and its subject.
			"Troops in Mali have often been targeted by insurgents.",
			"Troops/NOUN/6/nsubj:pass in/ADP/2/case Mali/PROPN/0/nmod have/AUX/6/aux often/ADV/6/advmod been/AUX/6/aux:pass " +
				"targeted/VERB/-1/root by/ADP/8/case insurgents/NOUN/6/obl:agent ./PUNCT/6/punct",
			[]string{"ASSAULT [insurgents] -> [troops]"}, []bool{true},
		},
		{
			// A prepositional slot ("sanctions against") on a word of
			// the trigger, in a relative clause.
			"The United Nations, which in March imposed some of the harshest sanctions ever against North Korea, called a meeting.",
			"The/DET/2/det United/PROPN/2/compound Nations/PROPN/18/nsubj ,/PUNCT/7/punct which/PRON/7/nsubj in/ADP/6/case " +
				"March/PROPN/7/obl imposed/VERB/2/acl:relcl some/DET/7/obj of/ADP/12/case the/DET/12/det harshest/ADJ/12/amod " +
				"sanctions/NOUN/8/nmod ever/ADV/12/advmod against/ADP/16/case North/PROPN/16/compound Korea/PROPN/12/nmod " +
				",/PUNCT/7/punct called/VERB/-1/root a/DET/20/det meeting/NOUN/18/obj ./PUNCT/18/punct",
			[]string{"SANCTION [United Nations] -> [North Korea]"}, []bool{true},
		},
		{
			// Coordinated subjects under a possessor.
			"Patriot Coal's executives and advisers first met Tom Clarke in May.",
			"Patriot/PROPN/2/nmod:poss Coal's/PROPN/0/flat executives/NOUN/6/nsubj and/CCONJ/4/cc advisers/NOUN/2/conj " +
				"first/ADV/6/advmod met/VERB/-1/root Tom/PROPN/6/obj Clarke/PROPN/7/flat in/ADP/10/case May/PROPN/6/obl ./PUNCT/6/punct",
			[]string{"CONSULT [Patriot Coal Tom Clarke] -> []"}, []bool{true},
		},
		{
			// A misparse that hangs the verb from its subject: "accused"
			// under "issued", an apposition of the root "Kremlin".
			"The Kremlin, in a statement issued late on Sunday, accused Kyiv of sabotage.",
			"The/DET/1/det Kremlin/PROPN/-1/root ,/PUNCT/1/punct in/ADP/5/case a/DET/5/det statement/NOUN/6/obl " +
				"issued/VERB/1/appos/VBN late/ADV/6/advmod on/ADP/9/case Sunday/PROPN/6/obl ,/PUNCT/11/punct " +
				"accused/VERB/6/conj/VBD Kyiv/PROPN/11/obj of/ADP/14/case sabotage/NOUN/12/nmod ./PUNCT/1/punct",
			[]string{"ACCUSE [Kremlin] -> [Ukraine]"}, []bool{true},
		},
		{
			// Another misparse of it: "accused" joined to "Kremlin" as if
			// a noun conjunct. The verb is not a second subject.
			"The Kremlin, in a statement issued late on Sunday, accused Kyiv of sabotage.",
			"The/DET/1/det Kremlin/PROPN/-1/root ,/PUNCT/1/punct in/ADP/5/case a/DET/5/det statement/NOUN/11/obl " +
				"issued/VERB/5/acl/VBN late/ADV/6/advmod on/ADP/9/case Sunday/PROPN/6/obl ,/PUNCT/5/punct " +
				"accused/VERB/1/conj/VBD Kyiv/PROPN/11/obj of/ADP/14/case sabotage/NOUN/12/nmod ./PUNCT/11/punct",
			[]string{"ACCUSE [Kremlin] -> [Ukraine]"}, []bool{true},
		},
		{
			// A title parsed as the head of the name beside it: the name
			// is the subject.
			"Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Barack Obama to retaliate.",
			"Rep/NOUN/14/nsubj ./PUNCT/0/punct Adam/PROPN/0/appos Schiff/PROPN/2/flat ,/PUNCT/7/punct the/DET/7/det " +
				"top/ADJ/7/amod Democrat/PROPN/2/conj on/ADP/12/case the/DET/12/det House/PROPN/11/compound " +
				"Intelligence/PROPN/12/compound Committee/PROPN/2/nmod ,/PUNCT/0/punct called/VERB/-1/root/VBD on/ADP/17/case " +
				"President/PROPN/17/nmod Barack/PROPN/14/obl Obama/PROPN/17/flat to/PART/20/mark retaliate/VERB/14/advcl ./PUNCT/14/punct",
			[]string{"REQUEST [Adam Schiff] -> [Barack Obama]"}, []bool{true},
		},
		{
			// Patterns that are right ask for no tree.
			"Emmanuel Macron met Olaf Scholz.",
			"Emmanuel/PROPN/2/nsubj Macron/PROPN/0/flat met/VERB/-1/root Olaf/PROPN/2/obj Scholz/PROPN/3/flat ./PUNCT/2/punct",
			[]string{"CONSULT [Emmanuel Macron Olaf Scholz] -> []"}, []bool{false},
		},
		{
			// No trigger, no tree.
			"The weather was fine.",
			"The/DET/1/det weather/NOUN/3/nsubj was/AUX/3/cop fine/ADJ/-1/root ./PUNCT/3/punct",
			nil, nil,
		},
	}
	for _, tt := range tests {
		p := &handParsed{t: t, tree: tt.tree}
		got := eventStrings(tt.src, Options{Syntax: p})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s\nwith the tree: %q\nwant          %q", tt.src, got, tt.want)
		}
		patterns := eventStrings(tt.src, Options{})
		for i, w := range tt.want {
			if tt.byTree[i] && slices.Contains(patterns, w) {
				t.Errorf("%s\npatterns alone already give %q: the case tests nothing", tt.src, w)
			}
		}
		if !slices.Contains(tt.byTree, true) && p.parsed > 0 {
			t.Errorf("%s: parsed, but the patterns need no tree", tt.src)
		}
	}
}

// TestTreeModel runs the rules with the embedded parser on sentences
// whose actors or targets the patterns miss.
func TestTreeModel(t *testing.T) {
	m, err := syntax.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ src, want string }{
		{"Sergei Lavrov, speaking in Munich on Friday, accused NATO of provoking the crisis.", "ACCUSE [Sergei Lavrov] -> [NATO]"},
		{"Sergei Lavrov, the Russian foreign minister, met Antony Blinken in Geneva.", "CONSULT [Sergei Lavrov Antony Blinken] -> []"},
		{"Emmanuel Macron spoke often about the war in his campaign, and criticized Vladimir Putin for it.", "ACCUSE [Emmanuel Macron] -> [Vladimir Putin]"},
		{"Troops in Mali have often been targeted by insurgents.", "ASSAULT [insurgents] -> [troops]"},
		{"The Kremlin, in a statement issued late on Sunday, accused Kyiv of sabotage.", "ACCUSE [Kremlin] -> [Ukraine]"},
		{"Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Barack Obama to retaliate.", "REQUEST [Adam Schiff] -> [Barack Obama]"},
	} {
		got := eventStrings(tt.src, Options{Syntax: m})
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s\nwith the parser: %q, want %q", tt.src, got, tt.want)
		}
		if slices.Contains(eventStrings(tt.src, Options{}), tt.want) {
			t.Errorf("%s\npatterns alone already give %q", tt.src, tt.want)
		}
	}
}
