package syntax

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"
	"time"
)

// TaggerOptions are the settings of tagger training. The zero value of a
// field means its default.
type TaggerOptions struct {
	Epochs    int     // passes over the training data (default 10)
	Seed      uint64  // seed of the shuffling of sentences (default 1)
	DictMin   int     // a word enters the tag dictionary from this many occurrences (default 20)
	DictShare float64 // ... when this share of them has one tag (default 0.995)
	Prune     float64 // averaged weights smaller than this are dropped (default 0.5)
	Folds     int     // the second pass trains on first-pass tags from this many folds (default 4)
	AmbMin    int     // a word gets an ambiguity class from this many occurrences (default 3)
	AmbShare  float64 // ... made of the tags with at least this share of them (default 0.05)

	Log io.Writer       // progress, one line per epoch; nil for none
	Dev []TrainSentence // scored after each epoch when logging
}

func (o TaggerOptions) withDefaults() TaggerOptions {
	o.Epochs = cmp.Or(o.Epochs, 10)
	o.Seed = cmp.Or(o.Seed, 1)
	o.DictMin = cmp.Or(o.DictMin, 20)
	o.DictShare = cmp.Or(o.DictShare, 0.995)
	o.Prune = cmp.Or(o.Prune, 0.5)
	o.Folds = cmp.Or(o.Folds, 4)
	o.AmbMin = cmp.Or(o.AmbMin, 3)
	o.AmbShare = cmp.Or(o.AmbShare, 0.05)
	return o
}

func (o TaggerOptions) encode(e *enc) {
	e.int(o.Epochs)
	e.uvarint(o.Seed)
	e.int(o.DictMin)
	e.float(o.DictShare)
	e.float(o.Prune)
	e.int(o.Folds)
	e.int(o.AmbMin)
	e.float(o.AmbShare)
}

func decodeTaggerOptions(d *dec) TaggerOptions {
	return TaggerOptions{Epochs: d.int(), Seed: d.uvarint(), DictMin: d.int(), DictShare: d.float(), Prune: d.float(), Folds: d.int(), AmbMin: d.int(), AmbShare: d.float()}
}

// TrainTagger trains a tagger on train. The result depends only on train
// and the options.
func TrainTagger(ctx context.Context, train []TrainSentence, opt TaggerOptions) (*Tagger, error) {
	opt = opt.withDefaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("syntax: no training sentences")
	}
	t, err := newTagger(train, opt)
	if err != nil {
		return nil, err
	}
	d := t.data(train)
	// The second pass learns from first-pass tags as they will be: made
	// by a first pass that did not see the sentence.
	d.upos = make([][]uint8, len(train))
	k := min(opt.Folds, len(train))
	errs := make([]error, k)
	parallelDo(k, func(f int) {
		lo, hi := f*len(train)/k, (f+1)*len(train)/k
		rows, err := t.trainPass(ctx, d.without(lo, hi), 1, nil)
		if err != nil {
			errs[f] = err
			return
		}
		wu, err := quantise(len(t.upos), rows, opt.Prune)
		if err != nil {
			errs[f] = err
			return
		}
		t1, err := t.withFirst(wu)
		if err != nil {
			errs[f] = err
			return
		}
		sc := &tagScratch{scores: make([]int32, maxClasses+1)}
		for i := lo; i < hi; i++ {
			d.load(i, sc)
			t1.pass1(sc, d.titles[i])
			d.upos[i] = slices.Clone(sc.upos)
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	rows, err := t.trainPass(ctx, d, 1, nil)
	if err != nil {
		return nil, err
	}
	wu, err := quantise(len(t.upos), rows, opt.Prune)
	if err != nil {
		return nil, err
	}
	if err := t.setWeights(wu, nil); err != nil {
		return nil, err
	}
	if rows, err = t.trainPass(ctx, d, 2, opt.Log); err != nil {
		return nil, err
	}
	wt, err := quantise(len(t.tags), rows, opt.Prune)
	if err != nil {
		return nil, err
	}
	if err := t.setWeights(wu, wt); err != nil {
		return nil, err
	}
	return t, nil
}

// newTagger learns everything but the weights from train: the tags, the
// tag dictionary, ambiguity classes, splitting and lemmas.
func newTagger(train []TrainSentence, opt TaggerOptions) (*Tagger, error) {
	t := &Tagger{opts: opt, dict: map[uint64]uint8{}}
	// The classes: every UPOS+XPOS pair seen, by XPOS then UPOS.
	seen := map[jointTag]bool{}
	useen, xseen := map[string]bool{}, map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			seen[jointTag{upos: w.UPOS, xpos: w.XPOS}] = true
			useen[w.UPOS], xseen[w.XPOS] = true, true
		}
	}
	t.upos, t.xpos = sortedStrings(useen), sortedStrings(xseen)
	for jt := range seen {
		t.tags = append(t.tags, jt)
	}
	slices.SortFunc(t.tags, compareTags)
	if len(t.tags) > maxClasses-2 || len(t.xpos) > maxClasses {
		return nil, fmt.Errorf("syntax: %d tags, at most %d", len(t.tags), maxClasses-2)
	}
	for i := range t.tags {
		jt := &t.tags[i]
		jt.u, _ = slicesIndex(t.upos, jt.upos)
		jt.x, _ = slicesIndex(t.xpos, jt.xpos)
	}
	counts := map[string]map[uint8]int{}
	for _, s := range train {
		for _, w := range s.Words {
			if counts[w.Form] == nil {
				counts[w.Form] = map[uint8]int{}
			}
			counts[w.Form][t.class(w.UPOS, w.XPOS)]++
		}
	}
	for form, cs := range counts {
		n := 0
		for _, c := range cs {
			n += c
		}
		top := topOf(cs, func(a, b uint8) int { return int(a) - int(b) })
		if n >= opt.DictMin && float64(cs[top]) >= opt.DictShare*float64(n) {
			t.dict[hashString(form)] = top
		}
	}
	t.amb = learnAmbiguity(train, t.xpos, opt.AmbMin, opt.AmbShare)
	t.split = learnSplitter(train)
	t.lemma = learnLemmatizer(train, t.xpos)
	return t, nil
}

func compareTags(a, b jointTag) int {
	return cmp.Or(cmp.Compare(a.xpos, b.xpos), cmp.Compare(a.upos, b.upos))
}

// class returns the joint tag of upos and xpos (0 if unknown).
func (t *Tagger) class(upos, xpos string) uint8 {
	i, ok := slices.BinarySearchFunc(t.tags, jointTag{upos: upos, xpos: xpos}, compareTags)
	if !ok {
		return 0
	}
	return uint8(i)
}

// data computes what training needs of the words of train: hashes, gold
// and dictionary tags.
func (t *Tagger) data(train []TrainSentence) *tagData {
	d := &tagData{infos: make([][]wordInfo, len(train)), titles: make([]uint64, len(train)), gold: make([][]uint8, len(train)), fixed: make([][]int16, len(train))}
	var buf []byte
	for i, s := range train {
		d.titles[i] = titleClass(s.forms())
		for _, w := range s.Words {
			var wi wordInfo
			wi, buf = infoOf(w.Form, buf)
			wi.amb = t.amb[wi.norm]
			d.infos[i] = append(d.infos[i], wi)
			d.gold[i] = append(d.gold[i], t.class(w.UPOS, w.XPOS))
			fixed := int16(-1)
			if c, ok := t.dict[wi.form]; ok {
				fixed = int16(c)
			}
			d.fixed[i] = append(d.fixed[i], fixed)
		}
	}
	return d
}

func slicesIndex(ss []string, s string) (uint8, bool) {
	i := slices.Index(ss, s)
	return uint8(max(i, 0)), i >= 0
}

// withFirst returns a copy of t with first-pass weights wu and no second
// pass.
func (t *Tagger) withFirst(wu *sparse) (*Tagger, error) {
	c := *t
	return &c, c.setWeights(wu, nil)
}

// tagData is a training set as the tagger sees it.
type tagData struct {
	infos  [][]wordInfo
	titles []uint64
	gold   [][]uint8 // joint tags
	fixed  [][]int16 // the dictionary's tag, or -1
	upos   [][]uint8 // first-pass tags, for the second pass
}

// without returns d without sentences [lo, hi).
func (d *tagData) without(lo, hi int) *tagData {
	cut := func(x [][]uint8) [][]uint8 {
		if x == nil {
			return nil
		}
		return append(slices.Clone(x[:lo]), x[hi:]...)
	}
	return &tagData{
		infos:  append(slices.Clone(d.infos[:lo]), d.infos[hi:]...),
		titles: append(slices.Clone(d.titles[:lo]), d.titles[hi:]...),
		gold:   cut(d.gold),
		fixed:  append(slices.Clone(d.fixed[:lo]), d.fixed[hi:]...),
		upos:   cut(d.upos),
	}
}

// load puts sentence i into sc as tagInto would.
func (d *tagData) load(i int, sc *tagScratch) {
	sc.infos = append(sc.infos[:0], d.infos[i]...)
	sc.upos, sc.tags, sc.fixed = sc.upos[:0], sc.tags[:0], sc.fixed[:0]
	for _, f := range d.fixed[i] {
		sc.tags = append(sc.tags, uint8(max(f, 0)))
		sc.fixed = append(sc.fixed, f >= 0)
	}
}

// trainPass trains the first (UPOS) or second (joint tag) pass on d and
// returns its averaged weights.
func (t *Tagger) trainPass(ctx context.Context, d *tagData, pass int, log io.Writer) ([]row, error) {
	classes := len(t.upos)
	if pass == 2 {
		classes = len(t.tags)
	}
	p := newPerceptron(classes)
	r := newRNG(t.opts.Seed + uint64(pass))
	order := make([]int, len(d.infos))
	for i := range order {
		order[i] = i
	}
	scores := make([]int32, classes)
	var feats []uint32
	none := uint64(classes)
	for epoch := 1; epoch <= t.opts.Epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start := time.Now()
		r.shuffle(order)
		right, total := 0, 0
		for _, si := range order {
			ws := d.infos[si]
			p1, p2 := none, none+1
			for i := range ws {
				gold := d.gold[si][i]
				if pass == 1 {
					gold = t.tags[gold].u
				}
				guess := gold
				if f := d.fixed[si][i]; f >= 0 {
					guess = uint8(f)
					if pass == 1 {
						guess = t.tags[f].u
					}
				} else {
					feats = tagFeatures(ws, i, p1, p2, d.titles[si], feats[:0])
					if pass == 2 {
						feats = uposFeatures(d.upos[si], i, p1, ws[i].norm, uint64(len(t.upos)), feats)
					}
					clear(scores)
					p.score(feats, scores)
					guess = uint8(argmax(scores))
					if guess != gold {
						p.update(feats, int(gold), int(guess))
					}
					p.tick()
				}
				if guess == gold {
					right++
				}
				total++
				p1, p2 = uint64(guess), p1
			}
		}
		if log != nil {
			msg := fmt.Sprintf("tagger pass %d epoch %d: train %.2f%%, %d features, %s", pass, epoch, 100*float64(right)/float64(total), len(p.rows), time.Since(start).Round(time.Millisecond))
			if len(t.opts.Dev) > 0 {
				if wt, _ := quantise(classes, p.averaged(), t.opts.Prune); wt != nil && t.setWeights(t.wu, wt) == nil {
					up, up2, xp := t.accuracy(t.opts.Dev)
					msg += fmt.Sprintf(", dev UPOS %.2f%% (joint %.2f%%) XPOS %.2f%%", 100*up, 100*up2, 100*xp)
				}
			}
			fmt.Fprintln(log, msg)
		}
	}
	return p.averaged(), nil
}

// parallelDo calls f(i) for every i in [0, n) on at most GOMAXPROCS
// goroutines. f must write only to its own slots of shared results.
func parallelDo(n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// learnAmbiguity returns the ambiguity classes of the words seen at least
// min times: a hash of the set of XPOS tags that have at least share of
// their occurrences.
func learnAmbiguity(train []TrainSentence, xpos []string, min int, share float64) map[uint64]uint64 {
	counts := map[uint64][]int{}
	var buf []byte
	for _, s := range train {
		for _, w := range s.Words {
			buf = lowerInto(buf[:0], w.Form)
			h := hashBytes(buf)
			if counts[h] == nil {
				counts[h] = make([]int, len(xpos))
			}
			if x, ok := slices.BinarySearch(xpos, w.XPOS); ok {
				counts[h][x]++
			}
		}
	}
	amb := map[uint64]uint64{}
	for h, cs := range counts {
		n := 0
		for _, c := range cs {
			n += c
		}
		if n < min {
			continue
		}
		class := uint64(fnvOffset)
		for x, c := range cs {
			if float64(c) >= share*float64(n) {
				class = mix(class, uint64(x)+1)
			}
		}
		amb[h] = class
	}
	return amb
}

// accuracy returns the UPOS and XPOS accuracy of t on gold words.
func (t *Tagger) accuracy(dev []TrainSentence) (upos, joint, xpos float64) {
	var sc tagScratch
	u, u2, x, n := 0, 0, 0, 0
	for _, s := range dev {
		t.tagInto(s.forms(), &sc)
		for i, w := range s.Words {
			jt := t.tags[sc.tags[i]]
			if t.upos[sc.upos[i]] == w.UPOS {
				u++
			}
			if jt.xpos == w.XPOS {
				x++
			}
			if jt.upos == w.UPOS {
				u2++
			}
			n++
		}
	}
	d := float64(max(n, 1))
	return float64(u) / d, float64(u2) / d, float64(x) / d
}

// rng is splitmix64: a small generator whose sequence is fixed forever,
// so that training is reproducible across Go releases.
type rng struct{ s uint64 }

func newRNG(seed uint64) *rng { return &rng{s: seed} }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// float returns a number in [0, 1).
func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

// shuffle permutes xs (Fisher-Yates).
func (r *rng) shuffle(xs []int) {
	for i := len(xs) - 1; i > 0; i-- {
		j := int(r.next() % uint64(i+1))
		xs[i], xs[j] = xs[j], xs[i]
	}
}
