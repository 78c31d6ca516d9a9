package syntax

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
	"time"
)

// ParserOptions are the settings of parser training. The zero value of a
// field means its default.
type ParserOptions struct {
	Epochs int    // passes over the training data (default 10)
	Seed   uint64 // seed of shuffling and exploration (default 1)
	// Seeds is how many parsers are trained, with seeds Seed, Seed+1 and
	// so on, as many at a time as there are processors; the parser is
	// their average (default 4).
	Seeds int
	Folds int     // train on tags from taggers trained on the other folds (default 4; 1: the given tagger's)
	Prune float64 // averaged weights smaller than this are dropped, and averages smaller than half of it (default 1)
	// From the second epoch on, training follows the model's own move,
	// right or wrong, with this probability (default 0.9).
	Explore float64

	Log io.Writer       // progress, one line per epoch; nil for none
	Dev []TrainSentence // scored after each epoch when logging
}

func (o ParserOptions) withDefaults() ParserOptions {
	o.Epochs = cmp.Or(o.Epochs, 10)
	o.Seed = cmp.Or(o.Seed, 1)
	o.Seeds = cmp.Or(o.Seeds, 4)
	o.Folds = cmp.Or(o.Folds, 4)
	o.Prune = cmp.Or(o.Prune, 1.0)
	o.Explore = cmp.Or(o.Explore, 0.9)
	return o
}

func (o ParserOptions) encode(e *enc) {
	e.int(o.Epochs)
	e.uvarint(o.Seed)
	e.int(o.Seeds)
	e.int(o.Folds)
	e.float(o.Prune)
	e.float(o.Explore)
}

func decodeParserOptions(d *dec) ParserOptions {
	return ParserOptions{Epochs: d.int(), Seed: d.uvarint(), Seeds: d.int(), Folds: d.int(), Prune: d.float(), Explore: d.float()}
}

// parseData is a training set as the parser sees it.
type parseData struct {
	sents  []sentence // words and predicted tags
	heads  [][]int32  // projective gold heads, n for the root
	labels [][]uint8
}

// TrainParser trains a parser on train, reading tags from taggers trained
// like tagger on the other folds of train (or from tagger itself with one
// fold); each parser of the average splits train into folds its own way.
// The result depends only on train, the tagger and the options.
func TrainParser(ctx context.Context, train []TrainSentence, tagger *Tagger, opt ParserOptions) (*Parser, error) {
	opt = opt.withDefaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("syntax: no training sentences")
	}
	// The first parser's folds are runs of consecutive sentences, the
	// others' dealt in a shuffled order, so that the parsers see different
	// tagging errors.
	tags := make([]taggedTrain, opt.Seeds)
	for i := range tags {
		if i > 0 && opt.Folds <= 1 {
			tags[i] = tags[0]
			continue
		}
		split := uint64(0)
		if i > 0 {
			split = opt.Seed + uint64(i)
		}
		var err error
		if tags[i], err = jackknifeTags(ctx, train, tagger, opt.Folds, split); err != nil {
			return nil, err
		}
	}
	return trainParser(ctx, train, tagger, tags, opt)
}

// taggedTrain holds the joint tags of the words of a training set, and
// their close runners-up (altNone for none).
type taggedTrain struct {
	tags, alts [][]uint8
}

// trainParser trains a parser on train given the joint tags of its words,
// one set of tags for each parser of the average.
func trainParser(ctx context.Context, train []TrainSentence, tagger *Tagger, tags []taggedTrain, opt ParserOptions) (*Parser, error) {
	p := &Parser{opts: opt}
	for i := range tagger.tags {
		p.tags = append(p.tags, tagger.tags[i].name())
	}
	p.coarse = p.coarseTags()
	// Relations and moves.
	lseen := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			lseen[w.Rel] = true
		}
	}
	p.labels = sortedStrings(lseen)
	if len(p.labels) > maxClasses/2-1 {
		return nil, fmt.Errorf("syntax: %d relations, at most %d", len(p.labels), maxClasses/2-1)
	}
	root, ok := slicesIndex(p.labels, "root")
	if !ok {
		return nil, fmt.Errorf("syntax: no root relation in the training data")
	}
	p.root = root
	var heads [][]int32
	var labels [][]uint8
	var kept []int // the sentences of train that are trees, which the parser learns from
	dirs := map[move]bool{}
	for si, s := range train {
		hs := headsOf(s)
		if !isTree(hs) {
			continue
		}
		ls := make([]uint8, len(s.Words))
		for i, w := range s.Words {
			ls[i], _ = slicesIndex(p.labels, w.Rel)
		}
		hs = projectivize(hs)
		for i, h := range hs {
			kind := uint8(right)
			if int32(i) < h {
				kind = left
			}
			dirs[move{kind, ls[i]}] = true
		}
		heads = append(heads, hs)
		labels = append(labels, ls)
		kept = append(kept, si)
	}
	p.moves = []move{{kind: shift}, {kind: reduce}, {kind: drop}} // DROP's label varies
	for m := range dirs {
		p.moves = append(p.moves, m)
	}
	slices.SortFunc(p.moves, func(a, b move) int { return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.label, b.label)) })
	p.kinds = p.moveKinds()
	p.dropLabels = dropLabels(train, tagger, p.labels)
	if !dirs[move{left, root}] || len(p.moves) < 4 {
		return nil, fmt.Errorf("syntax: too few kinds of arcs in the training data")
	}

	// The words, the same for every parser; their tags.
	var infos [][]wordInfo
	var buf []byte
	for _, i := range kept {
		s := train[i]
		ws := make([]wordInfo, len(s.Words))
		for j, w := range s.Words {
			ws[j], buf = infoOf(w.Form, buf)
			ws[j].amb = tagger.amb[ws[j].norm]
		}
		infos = append(infos, ws)
	}
	data := func(tt taggedTrain) *parseData {
		d := &parseData{heads: heads, labels: labels}
		for k, i := range kept {
			n := len(train[i].Words)
			ts := make([]uint64, n)
			as := make([]uint64, n)
			for j := range n {
				ts[j], as[j] = uint64(tt.tags[i][j]), uint64(tt.alts[i][j])
			}
			var sent sentence
			sent.load(infos[k], ts, as, p.coarse)
			d.sents = append(d.sents, sent)
		}
		return d
	}

	// Parsers trained alike but for the order of the sentences, the moves
	// explored and their tags make different mistakes: their average
	// makes fewer (+0.6 UAS over one of four on EWT dev, of which the tags
	// jackknifed over different folds give about 0.1).
	if opt.Log != nil {
		opt.Log = &lockedWriter{w: opt.Log}
	}
	rows := make([][]row, opt.Seeds)
	errs := make([]error, opt.Seeds)
	parallelDo(opt.Seeds, func(i int) {
		d := data(tags[i])
		known := commonFeatures(p, d, 2)
		rows[i], errs[i] = p.train(ctx, d, known, tagger, opt.Seed+uint64(i), opt)
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	var err error
	if p.w, err = buildWeights(len(p.moves), averageRows(rows), opt.Prune/2); err != nil {
		return nil, err
	}
	return p, nil
}

// train trains one parser with the given seed on d, updating only the
// known features, and returns its averaged weights, those smaller than
// opt.Prune dropped. p is only read.
func (p *Parser) train(ctx context.Context, d *parseData, known map[uint32]bool, tagger *Tagger, seed uint64, opt ParserOptions) ([]row, error) {
	var dev *Model
	if opt.Log != nil && len(opt.Dev) > 0 {
		q := *p // scored after each epoch with the weights so far
		dev = &Model{tagger: tagger, parser: &q}
	}
	pc := newPerceptron(len(p.moves))
	pc.known = known
	r := newRNG(seed)
	order := make([]int, len(d.sents))
	for i := range order {
		order[i] = i
	}
	var (
		st     state
		fc     featCtx
		feats  []uint32
		scores = make([]int32, len(p.moves))
		costs  = make([]int, len(p.moves))
	)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start := time.Now()
		r.shuffle(order)
		right, total := 0, 0
		for _, si := range order {
			sent, gold, labels := &d.sents[si], d.heads[si], d.labels[si]
			st.reset(len(sent.ws) - 1)
			for !st.done() {
				feats = parseFeatures(&st, &fc, sent, feats[:0])
				clear(scores)
				pc.score(feats, scores)
				guess := p.best(&st, scores)
				best, least := p.oracle(&st, sent, gold, labels, scores, costs)
				if costs[guess] > least {
					pc.update(feats, best, guess)
				} else {
					right++
				}
				total++
				pc.tick()
				next := best
				if epoch > 1 && r.float() < opt.Explore {
					next = guess
				}
				st.apply(p.move(next, &st, sent))
			}
		}
		if opt.Log != nil {
			msg := fmt.Sprintf("parser seed %d epoch %d: train %.2f%% moves right, %d features, %s", seed, epoch, 100*float64(right)/float64(total), len(pc.rows), time.Since(start).Round(time.Millisecond))
			if dev != nil {
				var err error
				if dev.parser.w, err = buildWeights(len(p.moves), pc.averaged(), opt.Prune); err == nil {
					if err := dev.link(); err == nil {
						uas, las := dev.attachment(opt.Dev)
						msg += fmt.Sprintf(", dev UAS %.2f%% LAS %.2f%%", 100*uas, 100*las)
					}
				}
			}
			fmt.Fprintln(opt.Log, msg)
		}
	}
	return pruneRows(pc.averaged(), opt.Prune), nil
}

// pruneRows drops the weights smaller than min from rows, and the rows
// left empty.
func pruneRows(rows []row, min float64) []row {
	out := rows[:0]
	for _, r := range rows {
		k := 0
		for j, v := range r.vals {
			if math.Abs(v) >= min {
				r.cls[k], r.vals[k] = r.cls[j], v
				k++
			}
		}
		if k > 0 {
			r.cls, r.vals = r.cls[:k], r.vals[:k]
			out = append(out, r)
		}
	}
	return out
}

// averageRows returns the average of several models' rows, sorted by key
// with classes ascending. A weight a model lacks counts as 0; the sums
// run in the order of models, so the result is the same on every run.
func averageRows(models [][]row) []row {
	sum := map[uint32]map[uint16]float64{}
	for _, rows := range models {
		for _, r := range rows {
			m := sum[r.key]
			if m == nil {
				m = map[uint16]float64{}
				sum[r.key] = m
			}
			for j, c := range r.cls {
				m[c] += r.vals[j]
			}
		}
	}
	keys := make([]uint32, 0, len(sum))
	for k := range sum {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	n := float64(len(models))
	out := make([]row, 0, len(keys))
	for _, k := range keys {
		r := row{key: k}
		for c := range sum[k] {
			r.cls = append(r.cls, c)
		}
		slices.Sort(r.cls)
		for _, c := range r.cls {
			r.vals = append(r.vals, sum[k][c]/n)
		}
		out = append(out, r)
	}
	return out
}

// lockedWriter serialises the writes of parsers trained at once.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// oracle returns the valid move of least cost in st (ties to the higher
// score, then the first) and that cost, leaving each move's cost in costs
// (-1 for invalid ones).
func (p *Parser) oracle(st *state, s *sentence, gold []int32, labels []uint8, scores []int32, costs []int) (best, least int) {
	kc := st.costs(gold)
	best, least = -1, 1<<30
	for c, m := range p.moves {
		costs[c] = -1
		if !st.valid(m, p.root) {
			continue
		}
		m = p.move(c, st, s)
		costs[c] = st.moveCost(m, kc, gold, labels)
		if costs[c] < least || (costs[c] == least && scores[c] > scores[best]) {
			best, least = c, costs[c]
		}
	}
	return best, least
}

// commonFeatures returns the features seen at least min times along the
// gold parses of d: rarer ones tell more about the training sentences than
// about English, and leaving them out keeps the model small.
func commonFeatures(p *Parser, d *parseData, min int) map[uint32]bool {
	counts := map[uint32]uint8{}
	var (
		st     state
		fc     featCtx
		feats  []uint32
		scores = make([]int32, len(p.moves)) // all zero: ties go to the first move
		costs  = make([]int, len(p.moves))
	)
	for si := range d.sents {
		sent, gold, labels := &d.sents[si], d.heads[si], d.labels[si]
		st.reset(len(sent.ws) - 1)
		for !st.done() {
			feats = parseFeatures(&st, &fc, sent, feats[:0])
			for _, f := range feats {
				if counts[f] < 255 {
					counts[f]++
				}
			}
			best, _ := p.oracle(&st, sent, gold, labels, scores, costs)
			st.apply(p.move(best, &st, sent))
		}
	}
	known := make(map[uint32]bool, len(counts)/2)
	for f, n := range counts {
		if int(n) >= min {
			known[f] = true
		}
	}
	return known
}

// jackknifeTags returns the joint tags of the words of train, and their
// close runners-up, each fold tagged by a tagger trained as tagger was on
// the other folds. Split 0 cuts train into folds of consecutive sentences;
// another split deals the sentences into folds in an order shuffled with
// it as the seed.
func jackknifeTags(ctx context.Context, train []TrainSentence, tagger *Tagger, folds int, split uint64) (taggedTrain, error) {
	out := taggedTrain{tags: make([][]uint8, len(train)), alts: make([][]uint8, len(train))}
	tagWith := func(t *Tagger, idx []int) {
		var sc tagScratch
		for _, i := range idx {
			t.tagInto(train[i].forms(), &sc)
			out.tags[i], out.alts[i] = slices.Clone(sc.tags), slices.Clone(sc.alts)
			if t == tagger {
				continue
			}
			// The fold's tagger may know other tags: map them by name.
			for j, c := range sc.tags {
				out.tags[i][j] = tagger.class(t.tags[c].upos, t.tags[c].xpos)
				if a := sc.alts[j]; a != altNone {
					out.alts[i][j] = tagger.class(t.tags[a].upos, t.tags[a].xpos)
				}
			}
		}
	}
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	if folds <= 1 {
		tagWith(tagger, order)
		return out, nil
	}
	if split != 0 {
		newRNG(split).shuffle(order)
	}
	k := min(folds, len(train))
	errs := make([]error, k)
	opt := tagger.opts
	opt.Log, opt.Dev = nil, nil
	parallelDo(k, func(f int) {
		lo, hi := f*len(train)/k, (f+1)*len(train)/k
		in := slices.Clone(order[lo:hi])
		slices.Sort(in)
		// The other folds, in the order of train.
		rest := make([]TrainSentence, 0, len(train)-len(in))
		skip := make([]bool, len(train))
		for _, i := range in {
			skip[i] = true
		}
		for i := range train {
			if !skip[i] {
				rest = append(rest, train[i])
			}
		}
		t, err := TrainTagger(ctx, rest, opt)
		if err != nil {
			errs[f] = err
			return
		}
		tagWith(t, in)
	})
	if err := errors.Join(errs...); err != nil {
		return taggedTrain{}, err
	}
	return out, nil
}

// headsOf returns the heads of the words of s, n for the root.
func headsOf(s TrainSentence) []int32 {
	heads := make([]int32, len(s.Words))
	for i, w := range s.Words {
		heads[i] = int32(w.Head)
		if w.Head < 0 {
			heads[i] = int32(len(s.Words))
		}
	}
	return heads
}

// isTree reports whether heads (n for the root) make a tree with one root.
func isTree(heads []int32) bool {
	n := int32(len(heads))
	roots := 0
	for i, h := range heads {
		if h < 0 || h > n || h == int32(i) {
			return false
		}
		if h == n {
			roots++
		}
	}
	if roots != 1 {
		return false
	}
	for i := range heads {
		h, steps := int32(i), 0
		for h != n {
			h = heads[h]
			if steps++; steps > len(heads) {
				return false
			}
		}
	}
	return true
}

// projectivize returns heads (a tree, n for the root) made projective by
// lifting: while some arc is not projective, the shortest such is moved
// up to its head's head (Nivre and Nilsson 2005, without label encoding).
func projectivize(heads []int32) []int32 {
	heads = slices.Clone(heads)
	n := int32(len(heads))
	dominates := func(h, d int32) bool { // h is d or one of its ancestors
		for d != n && d != h {
			d = heads[d]
		}
		return d == h
	}
	for {
		worst, span := int32(-1), n+2
		for d := range n {
			h := heads[d]
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= span {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(h, k) {
					worst, span = d, hi-lo
					break
				}
			}
		}
		if worst < 0 {
			return heads
		}
		heads[worst] = heads[heads[worst]]
	}
}

// dropLabels returns, for each pair of joint tags (head, dependent), the
// relation most often seen on right arcs between them in train.
func dropLabels(train []TrainSentence, tagger *Tagger, labels []string) []uint8 {
	nt, nl := len(tagger.tags), len(labels)
	counts := make([]int32, nt*nt*nl)
	all := make([]int32, nl)
	for _, s := range train {
		for d, w := range s.Words {
			h := w.Head
			if h < 0 || h >= d {
				continue
			}
			l, _ := slicesIndex(labels, w.Rel)
			th, td := tagger.class(s.Words[h].UPOS, s.Words[h].XPOS), tagger.class(w.UPOS, w.XPOS)
			counts[(int(th)*nt+int(td))*nl+int(l)]++
			all[l]++
		}
	}
	fallback := uint8(argmax(all))
	out := make([]uint8, nt*nt)
	for i := range out {
		row := counts[i*nl : (i+1)*nl]
		out[i] = fallback
		if slices.Max(row) > 0 {
			out[i] = uint8(argmax(row))
		}
	}
	return out
}
