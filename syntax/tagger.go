package syntax

import (
	"fmt"
	"io"
	"slices"
)

// Tagger assigns part-of-speech tags and lemmas. It tags in two greedy
// left-to-right passes of an averaged perceptron: the first chooses the
// UPOS tag, the second a joint UPOS+XPOS tag, seeing the first pass's tags
// of the words ahead. Frequent words that always take one tag skip both
// (the tag dictionary). It also knows how the treebank splits tokens into
// words (see splitter). A Tagger is read-only and safe for concurrent use.
type Tagger struct {
	upos []string   // the UPOS tags, classes of the first pass
	xpos []string   // the XPOS tags, in tag-number order
	tags []jointTag // the classes of the second pass
	wu   *sparse    // first pass
	wt   *sparse    // second pass, nil while training the first
	// w is wu and wt in one table: classes 0 to len(upos)-1 are the
	// first pass's, the rest the second's. Many features are the same in
	// both passes, and one lookup then serves both.
	w    *weights
	dict map[uint64]uint8 // hash of a form -> its only joint tag
	// amb gives the ambiguity class of a frequent word (by its norm hash):
	// a hash of the set of XPOS tags it takes.
	amb   map[uint64]uint64
	lemma *lemmatizer
	split *splitter
	opts  TaggerOptions
}

// jointTag is one class of the second pass.
type jointTag struct {
	upos, xpos string
	u, x       uint8 // numbers of upos and xpos
}

// name returns the name of a joint tag: "UPOS XPOS".
func (jt *jointTag) name() string { return jt.upos + " " + jt.xpos }

// Tags returns the number of joint UPOS+XPOS tags the tagger chooses from.
func (t *Tagger) Tags() int { return len(t.tags) }

// Features returns the number of features with weights.
func (t *Tagger) Features() int { return len(t.wu.keys) + len(t.wt.keys) }

// Weights returns the number of weights.
func (t *Tagger) Weights() int { return len(t.wu.ents) + len(t.wt.ents) }

// setWeights sets the weights of the two passes (wt nil for a first pass
// alone) and the table of both.
func (t *Tagger) setWeights(wu, wt *sparse) error {
	m, err := merge(wu, wt)
	if err != nil {
		return err
	}
	w, err := m.table()
	if err != nil {
		return err
	}
	t.wu, t.wt, t.w = wu, wt, w
	return nil
}

// Options returns the options the tagger was trained with.
func (t *Tagger) Options() TaggerOptions { return t.opts }

// wordInfo is what the tagger and parser know of one word before tagging:
// hashes of its form and of pieces of it.
type wordInfo struct {
	form, norm, shape, amb uint64
	suf                    [4]uint64
	pre                    [3]uint64
}

// infoOf computes the hashes of form; buf is scratch space.
func infoOf(form string, buf []byte) (wordInfo, []byte) {
	var wi wordInfo
	wi.form = hashString(form)
	low := lowerInto(buf[:0], form)
	wi.norm = hashBytes(low)
	for k := range wi.suf {
		wi.suf[k] = hashBytes(low[suffixStart(low, k+1):])
	}
	for k := range wi.pre {
		wi.pre[k] = hashBytes(low[:prefixEnd(low, k+1)])
	}
	sh := shapeInto(low[len(low):], form)
	wi.shape = hashBytes(sh)
	return wi, low[:0]
}

// Sentence-edge pseudo-words and pseudo-tags.
var (
	infoStart = wordInfo{form: hashString("\x00<s>"), norm: hashString("\x00<s>"), shape: hashString("\x00<s>")}
	infoEnd   = wordInfo{form: hashString("\x00</s>"), norm: hashString("\x00</s>"), shape: hashString("\x00</s>")}
)

// Feature templates of the tagger.
const (
	tBias = iota
	tNorm
	tForm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tPrev
	tPrev2
	tPrevPrev2
	tPrevNorm
	tPrevSuf3
	tNormM1
	tSuf3M1
	tNormM2
	tNormP1
	tSuf3P1
	tNormP2
	tShapeP1
	tNormM1Norm
	tNormNormP1
	tFirstShape
	tAmb
	tAmbP1
	tAmbP2
	tPrevAmb
	tAmbAmbP1
	tAmbM1
	tShapeM1
	tShapes
	tTitle
	tNormP1P2
)

// tagFeatures appends the features of word i of ws, given the tags of the
// two words before it (len(tags) and len(tags)+1 stand for "none").
func tagFeatures(ws []wordInfo, i int, p1, p2, title uint64, out []uint32) []uint32 {
	out = wordFeatures(&ws[i], out)
	out = neighbourFeatures(ws, i, title, out)
	return prevFeatures(&ws[i], p1, p2, out)
}

// wordFeatures appends the features of a word that depend on the word
// alone, which the tagger scores once per word type (see wordCache).
func wordFeatures(w *wordInfo, out []uint32) []uint32 {
	return append(out,
		f1(tBias, 0),
		f1(tNorm, w.norm),
		f1(tForm, w.form),
		f1(tSuf1, w.suf[0]),
		f1(tSuf2, w.suf[1]),
		f1(tSuf3, w.suf[2]),
		f1(tSuf4, w.suf[3]),
		f1(tPre1, w.pre[0]),
		f1(tPre2, w.pre[1]),
		f1(tPre3, w.pre[2]),
		f1(tShape, w.shape),
		f1(tAmb, w.amb),
	)
}

// neighbourFeatures appends the features of word i that look at the words
// around it, but not at tags: both passes read them alike.
func neighbourFeatures(ws []wordInfo, i int, title uint64, out []uint32) []uint32 {
	w := &ws[i]
	m1, m2, n1, n2 := &infoStart, &infoStart, &infoEnd, &infoEnd
	if i > 0 {
		m1 = &ws[i-1]
	}
	if i > 1 {
		m2 = &ws[i-2]
	}
	if i+1 < len(ws) {
		n1 = &ws[i+1]
	}
	if i+2 < len(ws) {
		n2 = &ws[i+2]
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(out,
		f1(tNormM1, m1.norm),
		f1(tSuf3M1, m1.suf[2]),
		f1(tNormM2, m2.norm),
		f1(tNormP1, n1.norm),
		f1(tSuf3P1, n1.suf[2]),
		f1(tNormP2, n2.norm),
		f1(tShapeP1, n1.shape),
		f2(tNormM1Norm, m1.norm, w.norm),
		f2(tNormNormP1, w.norm, n1.norm),
		f2(tFirstShape, first, w.shape),
		f1(tAmbP1, n1.amb),
		f1(tAmbP2, n2.amb),
		f2(tAmbAmbP1, w.amb, n1.amb),
		f1(tAmbM1, m1.amb),
		f1(tShapeM1, m1.shape),
		f3(tShapes, m1.shape, w.shape, n1.shape),
		f2(tTitle, title, w.shape),
		f2(tNormP1P2, n1.norm, n2.norm),
	)
}

// prevFeatures appends the features of word w that look at the tags of
// the two words before it, p1 and p2: each pass has its own tags there.
func prevFeatures(w *wordInfo, p1, p2 uint64, out []uint32) []uint32 {
	return append(out,
		f1(tPrev, p1),
		f1(tPrev2, p2),
		f2(tPrevPrev2, p1, p2),
		f2(tPrevNorm, p1, w.norm),
		f2(tPrevSuf3, p1, w.suf[2]),
		f2(tPrevAmb, p1, w.amb),
	)
}

// titleClass says how many of the words of a sentence start with a
// capital letter: none, a few, most (a headline), all.
func titleClass(forms []string) uint64 {
	caps, words := 0, 0
	for _, f := range forms {
		if f == "" {
			continue
		}
		r := f[0]
		switch {
		case 'A' <= r && r <= 'Z':
			caps++
			words++
		case 'a' <= r && r <= 'z':
			words++
		}
	}
	switch {
	case caps == 0:
		return 0
	case caps == words:
		return 3
	case 2*caps > words && words > 2:
		return 2
	}
	return 1
}

// Templates of the second pass, over the first pass's UPOS tags.
const (
	tU = iota + 100
	tUM1
	tUP1
	tUP2
	tUUP1
	tUP1UP2
	tUM1U
	tUNorm
	tUP1Norm
	tPrevUP1
)

// uposFeatures appends the second pass's features of word i over us, the
// first pass's tags (none stands for no word).
func uposFeatures(us []uint8, i int, p1, norm, none uint64, out []uint32) []uint32 {
	u, m1, n1, n2 := uint64(us[i]), none, none, none
	if i > 0 {
		m1 = uint64(us[i-1])
	}
	if i+1 < len(us) {
		n1 = uint64(us[i+1])
	}
	if i+2 < len(us) {
		n2 = uint64(us[i+2])
	}
	return append(out,
		f1(tU, u),
		f1(tUM1, m1),
		f1(tUP1, n1),
		f1(tUP2, n2),
		f2(tUUP1, u, n1),
		f2(tUP1UP2, n1, n2),
		f2(tUM1U, m1, u),
		f2(tUNorm, u, norm),
		f2(tUP1Norm, n1, norm),
		f2(tPrevUP1, p1, n1),
	)
}

// tagScratch is reusable memory for tagging one sentence.
type tagScratch struct {
	infos  []wordInfo
	upos   []uint8 // first pass
	tags   []uint8 // second pass
	alts   []uint8 // second pass's runner-up when close, else altNone
	fixed  []bool  // tagged by the dictionary
	feats  []uint32
	scores []int32
	buf    []byte
	// own holds, word by word, the scores in both passes of the features
	// of the word and its neighbours (all of both classes of Tagger.w).
	own   []int32
	cache wordCache
}

// wordCache remembers the scores of the word features (wordFeatures) of
// recent word types, by the hash of their form: most running words of a
// text are types met a few sentences before, and their rows (bias,
// suffixes, shape) are the widest the tagger reads.
type wordCache struct {
	w    uint64 // the id of the weights the scores come from
	keys []uint64
	full []bool
	rows []int32 // n scores a slot
}

const wordCacheSize = 4096

// own returns, word by word, the scores under w (n classes) of the word
// features of the words of sc not tagged by the dictionary, reusing out.
func (c *wordCache) own(w *weights, n int, sc *tagScratch, out []int32) []int32 {
	if c.w != w.id {
		*c = wordCache{w: w.id, keys: make([]uint64, wordCacheSize), full: make([]bool, wordCacheSize), rows: make([]int32, wordCacheSize*n)}
	}
	out = slices.Grow(out[:0], len(sc.infos)*n)[:len(sc.infos)*n]
	for i := range sc.infos {
		if sc.fixed[i] {
			continue
		}
		wi := &sc.infos[i]
		k := int(wi.form % wordCacheSize)
		row := c.rows[k*n : (k+1)*n]
		if !c.full[k] || c.keys[k] != wi.form {
			sc.feats = wordFeatures(wi, sc.feats[:0])
			clear(sc.scores)
			w.score(sc.feats, sc.scores)
			copy(row, sc.scores)
			c.keys[k], c.full[k] = wi.form, true
		}
		copy(out[i*n:(i+1)*n], row)
	}
	return out
}

// tagInto tags forms, leaving the words' hashes and tags in sc.
func (t *Tagger) tagInto(forms []string, sc *tagScratch) {
	sc.infos, sc.upos, sc.tags, sc.fixed, sc.alts = sc.infos[:0], sc.upos[:0], sc.tags[:0], sc.fixed[:0], sc.alts[:0]
	for _, f := range forms {
		sc.alts = append(sc.alts, altNone)
		var wi wordInfo
		wi, sc.buf = infoOf(f, sc.buf)
		wi.amb = t.amb[wi.norm]
		sc.infos = append(sc.infos, wi)
		tag, ok := t.dict[wi.form]
		sc.tags = append(sc.tags, tag)
		sc.fixed = append(sc.fixed, ok)
	}
	t.pass1(sc, titleClass(forms))
	t.pass2(sc)
}

// pass1 sets sc.upos, and sc.own for pass2.
func (t *Tagger) pass1(sc *tagScratch, title uint64) {
	if sc.scores == nil {
		sc.scores = make([]int32, maxClasses+1)
	}
	n, nu := t.w.classes, len(t.upos)
	scores := sc.scores[:n]
	sc.own = sc.cache.own(t.w, n, sc, sc.own)
	none := uint64(nu)
	p1, p2 := none, none+1
	for i := range sc.infos {
		var u uint8
		if sc.fixed[i] {
			u = t.tags[sc.tags[i]].u
		} else {
			own := sc.own[i*n : (i+1)*n]
			copy(scores, own)
			sc.feats = neighbourFeatures(sc.infos, i, title, sc.feats[:0])
			t.w.score(sc.feats, scores)
			copy(own, scores)
			sc.feats = prevFeatures(&sc.infos[i], p1, p2, sc.feats[:0])
			t.w.score(sc.feats, scores)
			u = uint8(argmax(scores[:nu]))
		}
		sc.upos = append(sc.upos, u)
		p1, p2 = uint64(u), p1
	}
}

// pass2 sets sc.tags.
func (t *Tagger) pass2(sc *tagScratch) {
	n, nu := t.w.classes, len(t.upos)
	if n == nu {
		return // a first pass alone, in training
	}
	scores := sc.scores[:n]
	none := uint64(len(t.tags))
	p1, p2 := none, none+1
	for i := range sc.infos {
		if !sc.fixed[i] {
			copy(scores, sc.own[i*n:(i+1)*n])
			sc.feats = prevFeatures(&sc.infos[i], p1, p2, sc.feats[:0])
			sc.feats = uposFeatures(sc.upos, i, p1, sc.infos[i].norm, uint64(nu), sc.feats)
			t.w.score(sc.feats, scores)
			b1, b2 := top2(scores[nu:])
			sc.tags[i] = uint8(b1)
			if b2 >= 0 && float64(scores[nu+b1]-scores[nu+b2])*t.wt.scale < altMargin {
				sc.alts[i] = uint8(b2)
			}
		}
		p1, p2 = uint64(sc.tags[i]), p1
	}
}

// encode writes the tagger's model body.
func (t *Tagger) encode(e *enc) {
	t.opts.encode(e)
	e.strings(t.upos)
	e.strings(t.xpos)
	e.uvarint(uint64(len(t.tags)))
	for _, jt := range t.tags {
		e.uvarint(uint64(jt.u))
		e.uvarint(uint64(jt.x))
	}
	keys := make([]uint64, 0, len(t.dict))
	for k := range t.dict {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.uvarint(k)
		e.uvarint(uint64(t.dict[k]))
	}
	keys = keys[:0]
	for k := range t.amb {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.uvarint(k)
		e.uvarint(t.amb[k])
	}
	t.split.encode(e)
	t.lemma.encode(e)
	t.wu.encode(e)
	t.wt.encode(e)
}

// WriteTo writes the tagger as a compressed model file.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var e enc
	t.encode(&e)
	return compress(w, "tagger", e.b)
}

// ReadTagger reads a tagger written by WriteTo.
func ReadTagger(r io.Reader) (*Tagger, error) {
	d, err := decompress(r, "tagger")
	if err != nil {
		return nil, err
	}
	t, err := decodeTagger(d)
	if err != nil {
		return nil, fmt.Errorf("syntax: reading tagger: %w", err)
	}
	return t, nil
}

func decodeTagger(d *dec) (*Tagger, error) {
	t := &Tagger{opts: decodeTaggerOptions(d), upos: d.strings(), xpos: d.strings()}
	if len(t.upos) == 0 || len(t.xpos) == 0 || len(t.upos) > maxClasses || len(t.xpos) > maxClasses {
		return nil, errCorrupt
	}
	n := d.count(maxClasses)
	for range n {
		jt := jointTag{u: uint8(d.bounded(d.uvarint(), len(t.upos)-1)), x: uint8(d.bounded(d.uvarint(), len(t.xpos)-1))}
		jt.upos, jt.xpos = t.upos[jt.u], t.xpos[jt.x]
		t.tags = append(t.tags, jt)
	}
	if n == 0 {
		return nil, errCorrupt
	}
	nd := d.count(len(d.b))
	t.dict = make(map[uint64]uint8, nd)
	for range nd {
		k := d.uvarint()
		t.dict[k] = uint8(d.bounded(d.uvarint(), n-1))
	}
	na := d.count(len(d.b))
	t.amb = make(map[uint64]uint64, na)
	for range na {
		k := d.uvarint()
		t.amb[k] = d.uvarint()
	}
	t.split = decodeSplitter(d)
	t.lemma = decodeLemmatizer(d)
	if d.err != nil {
		return nil, d.err
	}
	wu, err := decodeSparse(d)
	if err != nil {
		return nil, err
	}
	wt, err := decodeSparse(d)
	if err != nil {
		return nil, err
	}
	if wu.classes != len(t.upos) || wt.classes != len(t.tags) || len(t.lemma.tags) != len(t.xpos) {
		return nil, errCorrupt
	}
	if err := t.setWeights(wu, wt); err != nil {
		return nil, err
	}
	return t, nil
}

func (sp *splitter) encode(e *enc) {
	keys := sortedStrings(sp.multi)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.string(k)
		e.string(string(sp.multi[k]))
	}
	e.strings(sp.clitics)
	e.strings(sortedStrings(sp.abbrevs))
	e.strings(sortedStrings(sp.hyphenWhole))
	e.strings(sortedStrings(sp.hyphenPrefix))
}

func decodeSplitter(d *dec) *splitter {
	sp := &splitter{multi: map[string][]uint8{}}
	for n := d.count(len(d.b)); n > 0 && d.err == nil; n-- {
		k := d.string()
		sp.multi[k] = []uint8(d.string())
	}
	sp.clitics = d.strings()
	set := func() map[string]bool {
		m := map[string]bool{}
		for _, s := range d.strings() {
			m[s] = true
		}
		return m
	}
	sp.abbrevs, sp.hyphenWhole, sp.hyphenPrefix = set(), set(), set()
	return sp
}

func sortedStrings[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// altNone stands for no runner-up tag.
const altNone = 255

// altMargin is how close in score the runner-up of the second pass must
// come to the best tag for the parser to hear of it. At 20, 7% of the
// words of EWT dev have a runner-up; they hold half of the tagging errors,
// and for two thirds of those the runner-up is right.
const altMargin = 20

// top2 returns the best and second best classes, the lowest on ties (-1
// for none).
func top2(scores []int32) (b1, b2 int) {
	b1, b2 = -1, -1
	for c, s := range scores {
		switch {
		case b1 < 0 || s > scores[b1]:
			b1, b2 = c, b1
		case b2 < 0 || s > scores[b2]:
			b2 = c
		}
	}
	return b1, b2
}
