package syntax

import (
	"fmt"
	"io"
	"strings"
)

// Parser is a greedy transition-based dependency parser: arc-eager with
// labelled moves, an averaged perceptron trained with a dynamic oracle. It
// reads the XPOS tags a Tagger gives. It is read-only and safe for
// concurrent use.
type Parser struct {
	labels []string // relations, by number
	root   uint8    // number of the root relation
	moves  []move   // the classes
	tags   []string // the tagger's joint tags it was trained on ("UPOS XPOS"), by number
	coarse []uint64 // their universal parts of speech, by number
	kinds  []uint8  // for each move, the bit that allows it (see best)
	// dropLabels is DROP's label for each pair of tags of s1 and s0 (see
	// move).
	dropLabels []uint8
	w          *weights
	opts       ParserOptions
}

// Labels returns the number of relations the parser tells apart.
func (p *Parser) Labels() int { return len(p.labels) }

// Moves returns the number of moves (classes) of the parser.
func (p *Parser) Moves() int { return len(p.moves) }

// Features returns the number of features with weights.
func (p *Parser) Features() int { return p.w.features() }

// Weights returns the number of weights.
func (p *Parser) Weights() int { return p.w.n }

// Options returns the options the parser was trained with.
func (p *Parser) Options() ParserOptions { return p.opts }

// parseScratch is reusable memory for parsing one sentence.
type parseScratch struct {
	st     state
	ctx    featCtx
	sent   sentence
	feats  []uint32
	scores []int32
}

// parse parses sc.sent, leaving the tree in sc.st.
func (p *Parser) parse(sc *parseScratch) {
	n := len(sc.sent.ws) - 1
	sc.st.reset(n)
	if sc.scores == nil {
		sc.scores = make([]int32, maxClasses+1)
	}
	scores := sc.scores[:len(p.moves)]
	for !sc.st.done() {
		if p.forced(&sc.st) {
			// One valid move: best finds it whatever the scores.
			clear(scores)
			sc.st.apply(p.move(p.best(&sc.st, scores), &sc.st, &sc.sent))
			continue
		}
		sc.feats = parseFeatures(&sc.st, &sc.ctx, &sc.sent, sc.feats[:0])
		clear(scores)
		p.w.score(sc.feats, scores)
		sc.st.apply(p.move(p.best(&sc.st, scores), &sc.st, &sc.sent))
	}
}

// move returns the move of class c in st: a DROP takes the label most
// often seen on a right arc between the tags of s1 and s0.
func (p *Parser) move(c int, st *state, s *sentence) move {
	m := p.moves[c]
	if m.kind == drop {
		nt := len(p.tags)
		m.label = p.dropLabels[int(s.ts[st.s(1)])*nt+int(s.ts[st.s(0)])]
	}
	return m
}

// forced says whether only one move is valid: a shift when the stack is
// empty; when only the root is left, a reduce of a word with a head or
// else the root's left arc.
func (p *Parser) forced(st *state) bool {
	return len(st.stack) == 0 || st.b == st.n
}

// Bits of the kinds of moves, which best allows or not.
const (
	kindShift = 1 << iota
	kindLeft
	kindLeftRoot
	kindRight
	kindRightRoot // never valid
	kindReduce
	kindDrop
)

// moveKinds returns the kind bit of each move.
func (p *Parser) moveKinds() []uint8 {
	out := make([]uint8, len(p.moves))
	for c, m := range p.moves {
		root := m.label == p.root
		switch {
		case m.kind == shift:
			out[c] = kindShift
		case m.kind == reduce:
			out[c] = kindReduce
		case m.kind == drop:
			out[c] = kindDrop
		case m.kind == left && root:
			out[c] = kindLeftRoot
		case m.kind == left:
			out[c] = kindLeft
		case root:
			out[c] = kindRightRoot
		default:
			out[c] = kindRight
		}
	}
	return out
}

// best returns the valid move with the highest score, the first on ties.
func (p *Parser) best(st *state, scores []int32) int {
	var ok uint8
	if st.canShift() {
		ok |= kindShift
	}
	if st.canLeft() {
		if st.b == st.n {
			ok |= kindLeftRoot
		} else {
			ok |= kindLeft
		}
	}
	if st.canRight() {
		ok |= kindRight
	}
	if st.canReduce() {
		ok |= kindReduce
	}
	if st.canDrop() {
		ok |= kindDrop
	}
	best := -1
	for c, k := range p.kinds[:len(scores)] {
		if ok&k != 0 && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	return best
}

// sentence is what the parser reads of a sentence: for each word its
// lowercased form, tag and ambiguity class; the root last.
type sentence struct {
	ws, ts, us, as, ss []uint64
}

// load fills s from the words' hashes and tags, and the tagger's
// runner-up tags when close (altNone when not, alts nil for none); coarse
// maps a tag to its universal part of speech.
func (s *sentence) load(infos []wordInfo, tags, alts []uint64, coarse []uint64) {
	s.ws, s.ts, s.us, s.as, s.ss = s.ws[:0], s.ts[:0], s.us[:0], s.as[:0], s.ss[:0]
	for i := range infos {
		s.ws = append(s.ws, infos[i].norm)
		s.ts = append(s.ts, tags[i])
		s.us = append(s.us, coarse[tags[i]])
		a := infos[i].amb
		if alts != nil && alts[i] != altNone {
			// A close runner-up refines the ambiguity class.
			a = mix(a^hashAlt, alts[i])
		}
		s.as = append(s.as, a)
		s.ss = append(s.ss, infos[i].suf[2])
	}
	s.ws = append(s.ws, hashRoot)
	s.ts = append(s.ts, tagRoot)
	s.us = append(s.us, tagRoot)
	s.as = append(s.as, hashRoot)
	s.ss = append(s.ss, hashRoot)
}

// coarseTags maps each of the parser's tags to its universal part of
// speech, numbered in order of first appearance.
func (p *Parser) coarseTags() []uint64 {
	seen := map[string]uint64{}
	out := make([]uint64, len(p.tags))
	for i, t := range p.tags {
		u, _, _ := strings.Cut(t, " ")
		if _, ok := seen[u]; !ok {
			seen[u] = uint64(len(seen))
		}
		out[i] = seen[u]
	}
	return out
}

func (p *Parser) encode(e *enc) {
	p.opts.encode(e)
	e.strings(p.labels)
	e.uvarint(uint64(p.root))
	e.strings(p.tags)
	e.uvarint(uint64(len(p.moves)))
	for _, m := range p.moves {
		e.uvarint(uint64(m.kind))
		e.uvarint(uint64(m.label))
	}
	p.w.encode(e)
	for _, l := range p.dropLabels {
		e.uvarint(uint64(l))
	}
}

// WriteTo writes the parser as a compressed model file.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	var e enc
	p.encode(&e)
	return compress(w, "parser", e.b)
}

// ReadParser reads a parser written by WriteTo.
func ReadParser(r io.Reader) (*Parser, error) {
	d, err := decompress(r, "parser")
	if err != nil {
		return nil, err
	}
	p := &Parser{opts: decodeParserOptions(d), labels: d.strings()}
	p.root = uint8(d.bounded(d.uvarint(), len(p.labels)-1))
	p.tags = d.strings()
	p.coarse = p.coarseTags()
	n := d.count(maxClasses)
	for range n {
		m := move{kind: uint8(d.bounded(d.uvarint(), drop)), label: uint8(d.bounded(d.uvarint(), len(p.labels)-1))}
		p.moves = append(p.moves, m)
	}
	if d.err != nil || len(p.labels) == 0 || len(p.labels) > 64 || n == 0 {
		return nil, fmt.Errorf("syntax: reading parser: %w", errCorrupt)
	}
	if p.w, err = decodeWeights(d); err != nil {
		return nil, fmt.Errorf("syntax: reading parser: %w", err)
	}
	if p.w.classes != len(p.moves) || len(p.tags) == 0 || len(p.tags) > 256 {
		return nil, fmt.Errorf("syntax: reading parser: %w", errCorrupt)
	}
	p.dropLabels = make([]uint8, len(p.tags)*len(p.tags))
	for i := range p.dropLabels {
		p.dropLabels[i] = uint8(d.bounded(d.uvarint(), len(p.labels)-1))
	}
	if d.err != nil {
		return nil, fmt.Errorf("syntax: reading parser: %w", errCorrupt)
	}
	p.kinds = p.moveKinds()
	return p, nil
}
