package eval

// CoNLL-U treebanks: reading them and scoring a tagger and parser against
// them by the definitions of the CoNLL 2018 shared task (conll18_ud_eval.py).
//
// Every metric is computed over words aligned by character offsets. The
// characters are those of the token forms with white space (Unicode Zs)
// removed, so gold and system must cover the same characters. A word that is
// a token of its own is aligned when its span equals a word span on the
// other side; the words of multiword tokens (don't = do + n't) share their
// token's span and are aligned inside the smallest region that covers whole
// tokens on both sides, by the longest common subsequence of their
// lowercased forms. Tokens, Sentences and Words compare spans; UPOS, XPOS
// and Lemmas compare aligned words (a gold lemma "_" matches anything); UAS
// counts aligned words whose system head is aligned to the gold head (or
// both are the root), and LAS also asks for the same relation, compared
// without its subtype (nmod:poss counts as nmod). Precision divides by the
// system's count, recall by the gold count; with gold tokenisation all three
// equal accuracy.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// UDWord is one syntactic word of a CoNLL-U sentence.
type UDWord struct {
	Form  string `json:"form"`
	Lemma string `json:"lemma"`
	UPOS  string `json:"upos"`
	XPOS  string `json:"xpos"`
	Feats string `json:"feats,omitempty"`
	Head  int    `json:"head"` // 1-based index of the head word, 0 for the root
	Rel   string `json:"rel"`  // DEPREL, with its subtype
}

// UDToken is one surface token: a word, or several words written as one
// (a multiword token, such as "don't" for do + n't).
type UDToken struct {
	Form        string `json:"form"`
	First, Last int    // its words, Words[First:Last]
	SpaceAfter  bool   `json:"space_after"`
}

// UDSentence is one sentence of a CoNLL-U file.
type UDSentence struct {
	ID     string // sent_id
	Text   string // the "# text =" line
	NewDoc bool   // a "# newdoc" line precedes it
	NewPar bool   // a "# newpar" line precedes it
	Line   int    // line number of its first line, from 1
	Tokens []UDToken
	Words  []UDWord
}

// Forms returns the forms of the words of s.
func (s *UDSentence) Forms() []string {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	return forms
}

// ReadCoNLLUFile reads the CoNLL-U file at path (see ReadCoNLLU).
func ReadCoNLLUFile(path string) ([]*UDSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "eval: conllu: %v", err)
	}
	defer f.Close()
	return ReadCoNLLU(f, path)
}

// ReadCoNLLU reads the sentences of a CoNLL-U file; name positions the
// messages. Empty nodes (IDs like 8.1) are skipped. It goes on after a bad
// line or sentence and returns the sentences it could read with one
// EINVALID error listing every problem; an I/O error stops it.
func ReadCoNLLU(r io.Reader, name string) ([]*UDSentence, error) {
	var (
		p     problems
		out   []*UDSentence
		cur   *UDSentence
		bad   bool
		mwt   UDToken // the multiword token being filled, if mwt.Last > 0
		ln    int
		flush = func() {
			if cur == nil {
				return
			}
			switch {
			case bad:
			case len(cur.Words) == 0:
				p.add("%s:%d: sentence without words", name, cur.Line)
				bad = true
			case mwt.Last > 0:
				p.add("%s:%d: multiword token %q lacks words", name, cur.Line, mwt.Form)
				bad = true
			}
			if !bad {
				for i, w := range cur.Words {
					if w.Head < 0 || w.Head > len(cur.Words) || w.Head == i+1 {
						p.add("%s:%d: word %d: head %d out of range", name, cur.Line, i+1, w.Head)
						bad = true
					}
				}
			}
			if !bad {
				out = append(out, cur)
			}
			cur, bad, mwt = nil, false, UDToken{}
		}
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if cur == nil {
			cur = &UDSentence{Line: ln}
		}
		if strings.HasPrefix(line, "#") {
			key, val, _ := strings.Cut(strings.TrimSpace(line[1:]), "=")
			key, val = strings.TrimSpace(key), strings.TrimSpace(val)
			switch {
			case key == "sent_id":
				cur.ID = val
			case key == "text":
				cur.Text = val
			case strings.HasPrefix(key, "newdoc"):
				cur.NewDoc, cur.NewPar = true, true
			case strings.HasPrefix(key, "newpar"):
				cur.NewPar = true
			}
			continue
		}
		if bad {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			p.add("%s:%d: %d fields, want 10", name, ln, len(f))
			bad = true
			continue
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // an empty node of the enhanced graph
		}
		next := len(cur.Words) + 1
		if a, b, ok := strings.Cut(id, "-"); ok {
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || lo != next || hi <= lo {
				p.add("%s:%d: bad multiword range %q", name, ln, id)
				bad = true
				continue
			}
			mwt = UDToken{Form: f[1], First: lo - 1, Last: hi, SpaceAfter: !strings.Contains(f[9], "SpaceAfter=No")}
			continue
		}
		if n, err := strconv.Atoi(id); err != nil || n != next {
			p.add("%s:%d: word ID %q, want %d", name, ln, id, next)
			bad = true
			continue
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			p.add("%s:%d: bad head %q", name, ln, f[6])
			bad = true
			continue
		}
		cur.Words = append(cur.Words, UDWord{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: head, Rel: f[7]})
		switch {
		case mwt.Last == 0:
			cur.Tokens = append(cur.Tokens, UDToken{Form: f[1], First: next - 1, Last: next, SpaceAfter: !strings.Contains(f[9], "SpaceAfter=No")})
		case next == mwt.Last:
			cur.Tokens = append(cur.Tokens, mwt)
			mwt = UDToken{}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: conllu: %s: %w", name, err)
	}
	flush()
	return out, p.err("eval: conllu: " + name)
}

// UDScores are the CoNLL 2018 metrics of a system's analysis of a treebank.
type UDScores struct {
	Tokens    PRF `json:"tokens"`
	Sentences PRF `json:"sentences"`
	Words     PRF `json:"words"`
	UPOS      PRF `json:"upos"`
	XPOS      PRF `json:"xpos"`
	Lemmas    PRF `json:"lemmas"`
	UAS       PRF `json:"uas"`
	LAS       PRF `json:"las"`
}

// span is a range of non-space characters.
type span struct{ start, end int }

// udWord is a word placed in the character stream of its corpus.
type udWord struct {
	span   span // its token's span
	multi  bool // part of a multiword token
	form   string
	w      *UDWord
	parent int // index of the head word in the corpus, -1 for the root
}

// udCorpus is a list of sentences laid out on one character stream.
type udCorpus struct {
	chars     []rune
	tokens    []span
	sentences []span
	words     []udWord
}

func layout(sents []*UDSentence) (*udCorpus, error) {
	c := &udCorpus{}
	for si, s := range sents {
		start, base := len(c.chars), len(c.words)
		for _, t := range s.Tokens {
			if t.First < 0 || t.Last > len(s.Words) || t.First >= t.Last {
				return nil, fmt.Errorf("sentence %d: token %q covers words [%d,%d) of %d", si+1, t.Form, t.First, t.Last, len(s.Words))
			}
			from := len(c.chars)
			for _, r := range t.Form {
				if !unicode.Is(unicode.Zs, r) {
					c.chars = append(c.chars, r)
				}
			}
			if len(c.chars) == from {
				return nil, fmt.Errorf("sentence %d: empty token form", si+1)
			}
			sp := span{from, len(c.chars)}
			c.tokens = append(c.tokens, sp)
			for i := t.First; i < t.Last; i++ {
				w := &s.Words[i]
				if i != len(c.words)-base {
					return nil, fmt.Errorf("sentence %d: tokens do not cover the words in order", si+1)
				}
				c.words = append(c.words, udWord{span: sp, multi: t.Last-t.First > 1, form: strings.ToLower(w.Form), w: w, parent: -1})
				if w.Head > 0 {
					c.words[len(c.words)-1].parent = base + w.Head - 1
				}
			}
		}
		if len(c.words)-base != len(s.Words) {
			return nil, fmt.Errorf("sentence %d: tokens cover %d of %d words", si+1, len(c.words)-base, len(s.Words))
		}
		if len(c.chars) > start {
			c.sentences = append(c.sentences, span{start, len(c.chars)})
		}
	}
	return c, nil
}

// ScoreUD scores system against gold; both must spell the same characters
// (white space aside).
func ScoreUD(gold, system []*UDSentence) (UDScores, error) {
	g, err := layout(gold)
	if err != nil {
		return UDScores{}, newsgraph.Errorf(newsgraph.EINVALID, "eval: conllu: gold: %v", err)
	}
	s, err := layout(system)
	if err != nil {
		return UDScores{}, newsgraph.Errorf(newsgraph.EINVALID, "eval: conllu: system: %v", err)
	}
	if i := firstDiff(g.chars, s.chars); i >= 0 {
		ctx := func(c []rune) string { return string(c[max(0, i-20):min(len(c), i+20)]) }
		return UDScores{}, newsgraph.Errorf(newsgraph.EINVALID, "eval: conllu: gold and system text differ at character %d: %q vs %q", i, ctx(g.chars), ctx(s.chars))
	}
	sysToGold := align(g.words, s.words)
	var sc UDScores
	sc.Tokens = spanScore(g.tokens, s.tokens)
	sc.Sentences = spanScore(g.sentences, s.sentences)
	var aligned, upos, xpos, lemma, uas, las int
	for si, gi := range sysToGold {
		if gi < 0 {
			continue
		}
		aligned++
		gw, sw := g.words[gi], s.words[si]
		if gw.w.UPOS == sw.w.UPOS {
			upos++
		}
		if gw.w.XPOS == sw.w.XPOS {
			xpos++
		}
		if gw.w.Lemma == "_" || gw.w.Lemma == sw.w.Lemma {
			lemma++
		}
		if (gw.parent < 0 && sw.parent < 0) || (sw.parent >= 0 && sysToGold[sw.parent] == gw.parent && gw.parent >= 0) {
			uas++
			if universal(gw.w.Rel) == universal(sw.w.Rel) {
				las++
			}
		}
	}
	ng, ns := len(g.words), len(s.words)
	sc.Words = NewPRF(ns, ng, aligned)
	sc.UPOS, sc.XPOS, sc.Lemmas = NewPRF(ns, ng, upos), NewPRF(ns, ng, xpos), NewPRF(ns, ng, lemma)
	sc.UAS, sc.LAS = NewPRF(ns, ng, uas), NewPRF(ns, ng, las)
	return sc, nil
}

// universal returns a relation without its subtype.
func universal(rel string) string { r, _, _ := strings.Cut(rel, ":"); return r }

func firstDiff(a, b []rune) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return min(len(a), len(b))
	}
	return -1
}

// spanScore matches identical spans of two sorted lists.
func spanScore(gold, system []span) PRF {
	matched := 0
	for gi, si := 0, 0; gi < len(gold) && si < len(system); {
		switch g, s := gold[gi], system[si]; {
		case g == s:
			matched++
			gi++
			si++
		case g.start < s.start || (g.start == s.start && g.end < s.end):
			gi++
		default:
			si++
		}
	}
	return NewPRF(len(system), len(gold), matched)
}

// align returns, for each system word, the index of the gold word it is
// aligned to, or -1 (conll18_ud_eval.py's align_words).
func align(gold, system []udWord) []int {
	out := make([]int, len(system))
	for i := range out {
		out[i] = -1
	}
	gi, si := 0, 0
	for gi < len(gold) && si < len(system) {
		if !gold[gi].multi && !system[si].multi {
			switch g, s := gold[gi].span, system[si].span; {
			case g == s:
				out[si] = gi
				gi++
				si++
			case g.start <= s.start:
				gi++
			default:
				si++
			}
			continue
		}
		var gs, ss int
		gs, ss, gi, si = multiwordRegion(gold, system, gi, si)
		alignLCS(gold[gs:gi], system[ss:si], gs, ss, out)
	}
	return out
}

// multiwordRegion finds the smallest region around gold[gi] and
// system[si], one of them in a multiword token, that ends where tokens end
// on both sides; it returns its start and end on each side.
func multiwordRegion(gold, system []udWord, gi, si int) (gs, ss, ge, se int) {
	var end int
	if gold[gi].multi {
		end = gold[gi].span.end
		if !system[si].multi && system[si].span.start < gold[gi].span.start {
			si++
		}
	} else {
		end = system[si].span.end
		if !gold[gi].multi && gold[gi].span.start < system[si].span.start {
			gi++
		}
	}
	gs, ss = gi, si
	beyond := func(words []udWord, i int) bool {
		if i >= len(words) {
			return true
		}
		if words[i].multi {
			return words[i].span.start >= end
		}
		return words[i].span.end > end
	}
	extend := func(w udWord) {
		if w.multi && w.span.end > end {
			end = w.span.end
		}
	}
	for !beyond(gold, gi) || !beyond(system, si) {
		if gi < len(gold) && (si >= len(system) || gold[gi].span.start <= system[si].span.start) {
			extend(gold[gi])
			gi++
		} else {
			extend(system[si])
			si++
		}
	}
	return gs, ss, gi, si
}

// alignLCS aligns the words of one multiword region by the longest common
// subsequence of their lowercased forms.
func alignLCS(gold, system []udWord, gbase, sbase int, out []int) {
	ng, ns := len(gold), len(system)
	if ng == 0 || ns == 0 {
		return
	}
	lcs := make([][]int, ng+1)
	for i := range lcs {
		lcs[i] = make([]int, ns+1)
	}
	for g := ng - 1; g >= 0; g-- {
		for s := ns - 1; s >= 0; s-- {
			if gold[g].form == system[s].form {
				lcs[g][s] = 1 + lcs[g+1][s+1]
			}
			lcs[g][s] = max(lcs[g][s], lcs[g+1][s], lcs[g][s+1])
		}
	}
	for g, s := 0, 0; g < ng && s < ns; {
		switch {
		case gold[g].form == system[s].form:
			out[sbase+s] = gbase + g
			g++
			s++
		case lcs[g][s] == lcs[g+1][s]:
			g++
		default:
			s++
		}
	}
}

// WordParser analyses one sentence given as its words (gold tokenisation):
// one UDWord per form, Head 1-based and 0 for the root. It must be safe for
// concurrent use.
type WordParser func(forms []string) []UDWord

// TextParser segments and analyses one document of raw text. The forms of
// its tokens must spell the text, white space aside. It must be safe for
// concurrent use.
type TextParser func(text string) []*UDSentence

// CoNLLUReport is the score of a tagger and parser on one CoNLL-U file.
type CoNLLUReport struct {
	File      string    `json:"file"`
	Sentences int       `json:"sentences"`
	Words     int       `json:"words"`
	Gold      UDScores  `json:"gold_tokenisation"`
	Raw       *UDScores `json:"raw_text,omitempty"`
}

// CoNLLU scores words on the gold words of the CoNLL-U file at path and,
// when text is not nil, text on its raw text (see RawDocuments).
func CoNLLU(path string, words WordParser, text TextParser) (*CoNLLUReport, error) {
	gold, err := ReadCoNLLUFile(path)
	if err != nil {
		return nil, err
	}
	r := &CoNLLUReport{File: path, Sentences: len(gold)}
	for _, s := range gold {
		r.Words += len(s.Words)
	}
	if r.Gold, err = ScoreUD(gold, ParseGoldTokens(gold, words)); err != nil {
		return nil, err
	}
	if text != nil {
		sys := ParseRawText(gold, text)
		raw, err := ScoreUD(gold, sys)
		if err != nil {
			return nil, err
		}
		r.Raw = &raw
	}
	return r, nil
}

// ParseGoldTokens runs words on the words of every gold sentence and
// returns the analyses with the gold tokens.
func ParseGoldTokens(gold []*UDSentence, words WordParser) []*UDSentence {
	out := make([]*UDSentence, len(gold))
	parallel(len(gold), func(i int) {
		g := gold[i]
		ws := words(g.Forms())
		if len(ws) != len(g.Words) {
			ws = make([]UDWord, len(g.Words)) // scored as wrong
		}
		for j := range ws {
			ws[j].Form = g.Words[j].Form
		}
		out[i] = &UDSentence{ID: g.ID, Text: g.Text, Tokens: g.Tokens, Words: ws}
	})
	return out
}

// RawDocuments rebuilds the raw text of the documents of a treebank: the
// "# text" of each sentence (or its tokens, when that does not spell
// them), sentences joined by a space, paragraphs by a blank line, a new
// document at each "# newdoc".
func RawDocuments(gold []*UDSentence) []string {
	var docs []string
	var b strings.Builder
	for i, s := range gold {
		switch {
		case i > 0 && s.NewDoc:
			docs = append(docs, b.String())
			b.Reset()
		case i > 0 && s.NewPar:
			b.WriteString("\n\n")
		case i > 0:
			b.WriteString(" ")
		}
		b.WriteString(sentenceText(s))
	}
	if len(gold) > 0 {
		docs = append(docs, b.String())
	}
	return docs
}

// sentenceText returns the "# text" of s if it spells its tokens, else the
// tokens joined as their SpaceAfter says.
func sentenceText(s *UDSentence) string {
	var b, forms strings.Builder
	for i, t := range s.Tokens {
		b.WriteString(t.Form)
		forms.WriteString(t.Form)
		if t.SpaceAfter && i < len(s.Tokens)-1 {
			b.WriteByte(' ')
		}
	}
	if dropSpace(s.Text) == dropSpace(forms.String()) {
		return s.Text
	}
	return b.String()
}

func dropSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Zs, r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// ParseRawText runs text on every document of RawDocuments(gold) and
// returns the sentences found, in order.
func ParseRawText(gold []*UDSentence, text TextParser) []*UDSentence {
	docs := RawDocuments(gold)
	parsed := make([][]*UDSentence, len(docs))
	parallel(len(docs), func(i int) { parsed[i] = text(docs[i]) })
	var out []*UDSentence
	for _, p := range parsed {
		out = append(out, p...)
	}
	return out
}

// WriteTable prints r as an aligned table of F1 scores in percent.
func (r *CoNLLUReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "CoNLL-U %s: sentences %d, words %d (CoNLL 2018 F1, %%)\n", r.File, r.Sentences, r.Words)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tTokens\tSentences\tWords\tUPOS\tXPOS\tLemmas\tUAS\tLAS\t")
	row := func(name string, s UDScores) {
		fmt.Fprintf(tw, "%-*s", nameWidth, name)
		for _, p := range []PRF{s.Tokens, s.Sentences, s.Words, s.UPOS, s.XPOS, s.Lemmas, s.UAS, s.LAS} {
			fmt.Fprintf(tw, "\t%.2f", 100*p.F1)
		}
		fmt.Fprintln(tw, "\t")
	}
	row("gold tokenisation", r.Gold)
	if r.Raw != nil {
		row("raw text", *r.Raw)
	}
	return tw.Flush()
}
