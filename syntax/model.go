package syntax

import (
	"fmt"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/text"
)

// Model is a tagger and a parser that reads its tags. It is read-only and
// safe for concurrent use; Load gives the one embedded in the binary.
type Model struct {
	tagger *Tagger
	parser *Parser
	// parserTag maps a joint tag of the tagger to a tag number of the
	// parser.
	parserTag []uint64
	pool      sync.Pool
}

// NewModel pairs a tagger with a parser trained on its tags; parser may
// be nil for tagging alone.
func NewModel(t *Tagger, p *Parser) (*Model, error) {
	m := &Model{tagger: t, parser: p}
	if err := m.link(); err != nil {
		return nil, err
	}
	return m, nil
}

// Tagger returns the model's tagger.
func (m *Model) Tagger() *Tagger { return m.tagger }

// Parser returns the model's parser, nil if it has none.
func (m *Model) Parser() *Parser { return m.parser }

// link maps the tagger's tags onto the parser's.
func (m *Model) link() error {
	m.parserTag = nil
	if m.parser == nil {
		return nil
	}
	for _, jt := range m.tagger.tags {
		i := slices.Index(m.parser.tags, jt.name())
		if i < 0 {
			return fmt.Errorf("syntax: the parser does not know the tagger's tag %s", jt.name())
		}
		m.parserTag = append(m.parserTag, uint64(i))
	}
	return nil
}

// scratch is the memory one call of the model works in.
type scratch struct {
	tag   tagScratch
	parse parseScratch
	forms []string
	ptags []uint64
	palts []uint64
	toks  []Token
}

func (m *Model) scratch() *scratch {
	if sc, ok := m.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{}
}

// analyse tags forms, and parses them when parse is set, writing one Token
// per form to out (Head -1 and no Rel when not parsing).
func (m *Model) analyse(forms []string, parse bool, sc *scratch, out []Token) {
	t := m.tagger
	t.tagInto(forms, &sc.tag)
	for i, f := range forms {
		jt := &t.tags[sc.tag.tags[i]]
		out[i] = Token{UPOS: jt.upos, XPOS: jt.xpos, Lemma: t.lemma.lemma(f, int(jt.x)), Head: -1}
	}
	if !parse || m.parser == nil || len(forms) == 0 {
		return
	}
	sc.ptags, sc.palts = sc.ptags[:0], sc.palts[:0]
	for i, c := range sc.tag.tags {
		sc.ptags = append(sc.ptags, m.parserTag[c])
		a := uint64(altNone)
		if x := sc.tag.alts[i]; x != altNone {
			a = m.parserTag[x]
		}
		sc.palts = append(sc.palts, a)
	}
	sc.parse.sent.load(sc.tag.infos, sc.ptags, sc.palts, m.parser.coarse)
	m.parser.parse(&sc.parse)
	st := &sc.parse.st
	for i := range forms {
		h := int(st.head[i])
		if h == len(forms) {
			h = -1
		}
		out[i].Head = h
		out[i].Rel = m.parser.labels[st.label[i]]
	}
}

// ParseWords tags and parses one sentence given as its words, tokenised
// the UD way (do + n't); Token i is the analysis of forms[i] and its Head
// an index into forms.
func (m *Model) ParseWords(forms []string) []Token {
	sc := m.scratch()
	defer m.pool.Put(sc)
	out := make([]Token, len(forms))
	m.analyse(forms, true, sc, out)
	return out
}

// Words tags and parses every sentence of doc and returns its syntactic
// words, sentence by sentence; a word's Head is an index among the words
// of its sentence.
func (m *Model) Words(doc *text.Doc) [][]Word {
	return m.words(doc, true)
}

func (m *Model) words(doc *text.Doc, parse bool) [][]Word {
	sc := m.scratch()
	defer m.pool.Put(sc)
	out := make([][]Word, len(doc.Sentences))
	for si, s := range doc.Sentences {
		out[si] = m.sentenceWords(doc, s, parse, sc)
	}
	return out
}

// sentenceWords tags, and parses when parse is set, the words of s.
func (m *Model) sentenceWords(doc *text.Doc, s text.Sentence, parse bool, sc *scratch) []Word {
	ws := m.tagger.split.words(doc, s, nil)
	sc.forms = sc.forms[:0]
	for _, w := range ws {
		sc.forms = append(sc.forms, w.Form)
	}
	sc.toks = slices.Grow(sc.toks[:0], len(ws))[:len(ws)]
	m.analyse(sc.forms, parse, sc, sc.toks)
	for i := range ws {
		ws[i].Token = sc.toks[i]
	}
	return ws
}

// ParseSentence tags and parses sentence si of doc alone: what Parse
// returns for it, for callers that need the trees of a few sentences.
func (m *Model) ParseSentence(doc *text.Doc, si int) []Token { return m.sentence(doc, si, true) }

// TagSentence tags sentence si of doc alone: what Tag returns for it.
func (m *Model) TagSentence(doc *text.Doc, si int) []Token { return m.sentence(doc, si, false) }

func (m *Model) sentence(doc *text.Doc, si int, parse bool) []Token {
	sc := m.scratch()
	defer m.pool.Put(sc)
	s := doc.Sentences[si]
	return tokensOf(doc, s, m.sentenceWords(doc, s, parse, sc), parse)
}

// Parse tags and parses every sentence of doc. It returns, for each
// sentence, one Token per token of the doc in that sentence (Head is an
// index within the sentence).
//
// Where UD English writes one of our tokens as several words (don't = do
// + n't, well-known = well - known), the token takes the analysis of the
// word that depends on something outside it (the first such: do); where a
// word takes two tokens (Dr + .), the first takes it and the period is
// punctuation depending on it.
func (m *Model) Parse(doc *text.Doc) [][]Token { return m.tokens(doc, true) }

// Tag is Parse without the parser: every Head is -1 and every Rel empty.
// A hyphenated token takes the analysis of its last part.
func (m *Model) Tag(doc *text.Doc) [][]Token { return m.tokens(doc, false) }

func (m *Model) tokens(doc *text.Doc, parse bool) [][]Token {
	words := m.words(doc, parse)
	out := make([][]Token, len(doc.Sentences))
	for si, s := range doc.Sentences {
		out[si] = tokensOf(doc, s, words[si], parse)
	}
	return out
}

// tokensOf maps the analysis of the words of sentence s onto its tokens.
func tokensOf(doc *text.Doc, s text.Sentence, ws []Word, parse bool) []Token {
	out := make([]Token, s.Last-s.First)
	rep := make([]int, len(out)) // the word standing for each token
	parts := make([]int, len(out))
	for i := range rep {
		rep[i] = -1
	}
	var depth []int
	if parse {
		depth = depths(ws)
	}
	for i, w := range ws {
		t := w.First - s.First
		parts[t]++
		switch {
		case rep[t] < 0:
			rep[t] = i
		case !parse:
			// Without a tree, the last part of a hyphenated word (English
			// compounds end in their head) and the first of clitics.
			if !w.Multi {
				rep[t] = i
			}
		case depth[i] < depth[rep[t]]:
			// With a tree, the word nearest the root. Then a token's head
			// word is nearer the root than any word of the token, so the
			// tokens' heads make a tree too, however the words of a token
			// attach.
			rep[t] = i
		}
	}
	for t := range out {
		i := rep[t]
		if i < 0 {
			continue // a later token of a word, below
		}
		w := ws[i]
		out[t] = w.Token
		if h := w.Head; h >= 0 {
			out[t].Head = ws[h].First - s.First
		}
		if parts[t] > 1 && !w.Multi {
			out[t].Lemma = joinedLemma(ws, w.First)
		}
	}
	for _, w := range ws {
		for k := w.First + 1; k < w.Last; k++ {
			t := k - s.First
			head, rel := w.First-s.First, "goeswith"
			if !parse {
				head, rel = -1, ""
			}
			out[t] = Token{UPOS: "X", XPOS: "GW", Lemma: doc.TokenText(k), Head: head, Rel: rel}
			if doc.TokenText(k) == "." {
				out[t].UPOS, out[t].XPOS = "PUNCT", "."
				if parse {
					out[t].Rel = "punct"
				}
			}
		}
	}
	return out
}

// depths returns the distance of each word from the root of their tree.
func depths(ws []Word) []int {
	d := make([]int, len(ws))
	for i := range ws {
		for h := ws[i].Head; h >= 0 && d[i] <= len(ws); h = ws[h].Head {
			d[i]++
		}
	}
	return d
}

// joinedLemma returns the lemmas of the words of token first joined: the
// lemma of a hyphenated word (year-olds: year-old).
func joinedLemma(ws []Word, first int) string {
	var b []byte
	for _, w := range ws {
		if w.First == first {
			b = append(b, w.Lemma...)
		}
	}
	return string(b)
}

// attachment returns the unlabelled and labelled attachment scores of m
// on gold words, relations compared whole; for training logs.
func (m *Model) attachment(dev []TrainSentence) (uas, las float64) {
	var sc scratch
	u, l, n := 0, 0, 0
	var out []Token
	for _, s := range dev {
		forms := s.forms()
		out = slices.Grow(out[:0], len(forms))[:len(forms)]
		m.analyse(forms, true, &sc, out)
		for i, w := range s.Words {
			if out[i].Head == w.Head {
				u++
				if out[i].Rel == w.Rel {
					l++
				}
			}
			n++
		}
	}
	return float64(u) / float64(max(n, 1)), float64(l) / float64(max(n, 1))
}
