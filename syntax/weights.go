package syntax

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sync/atomic"
)

// weights is a trained linear model, read-only and safe for concurrent
// use: for each feature key, the weights of the classes it votes for, as
// 16-bit integers (one scale for the whole model, so scores compare).
//
// The keys sit in an open-addressing table (linear probing, at most half
// full) of slots; a slot holds the key and where its row of weights starts
// in ents and how many entries it has. A sparse row's entries are
// class<<16 | uint16(weight). A row with weights for at least a third of
// the classes is dense, with count 0: the weights of all classes in order,
// two to an entry (the lower half first). Adding a dense row walks memory
// in order instead of looking each class up.
type weights struct {
	id      uint64 // unique in the process, for caches of scores
	classes int
	scale   float64 // the weight an entry of 1 stands for
	mask    uint32
	slots   []slot
	ents    []uint32 // rows; ents[0] is unused, so a span is never 0
	n       int      // the weights of all rows
}

type slot struct{ key, span uint32 } // span = start<<8 | count

// all yields the keys of w and their spans.
func (w *weights) all(yield func(key, span uint32) bool) {
	for _, s := range w.slots {
		if s.key != 0 && !yield(s.key, s.span) {
			return
		}
	}
}

// weightsMade numbers the weight tables made, from 1.
var weightsMade atomic.Uint64

const maxClasses = 255

// quantum is the finest step weights are stored in: the sums of about a
// hundred of them that decide between classes do not notice it.
const quantum = 1.0 / 16

// isDense says whether a row of n weights is stored dense.
func (w *weights) isDense(n int) bool { return 3*n >= w.classes }

// denseLen is the number of entries a dense row takes.
func (w *weights) denseLen() uint32 { return uint32(w.classes+1) / 2 }

// score adds the weights of feats to scores, which has one cell per class
// and a capacity of at least maxClasses+1.
//
// It looks up every feature before it adds any weight, so that the
// processor can wait for many cache misses at once.
func (w *weights) score(feats []uint32, scores []int32) {
	acc := (*[maxClasses + 1]int32)(scores[:maxClasses+1])
	slots, ents, mask, dn := w.slots, w.ents, w.mask, w.denseLen()
	var spans [64]uint32
	var touch uint32
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), len(spans))]
		feats = feats[len(chunk):]
		// Load each feature's first slot before probing any: these loads
		// do not wait for each other, so their misses overlap.
		for _, f := range chunk {
			touch += slots[f&mask].key
		}
		n := 0
		for _, f := range chunk {
			i := f & mask
			for {
				s := slots[i]
				if s.key == f {
					spans[n] = s.span
					n++
					// Load the row's first entry now, so that its cache
					// line is on its way before the row is added.
					touch += ents[s.span>>8]
					break
				}
				if s.key == 0 {
					break
				}
				i = (i + 1) & mask
			}
		}
		for _, sp := range spans[:n] {
			start, count := sp>>8, sp&0xff
			if count == 0 {
				for c, e := range ents[start : start+dn] {
					i := 2 * c & (maxClasses - 1)
					acc[i] += int32(int16(e))
					acc[i+1] += int32(int16(e >> 16))
				}
				continue
			}
			for _, e := range ents[start : start+count] {
				acc[uint8(e>>16)] += int32(int16(e))
			}
		}
	}
	// Cell maxClasses is no class's: this keeps the compiler from
	// dropping the loads that only warm the cache.
	acc[maxClasses] += int32(touch)
}

// find returns the span of feature f, 0 when it has no weights.
func (w *weights) find(f uint32) uint32 {
	for i := f & w.mask; ; i = (i + 1) & w.mask {
		switch w.slots[i].key {
		case f:
			return w.slots[i].span
		case 0:
			return 0
		}
	}
}

// row returns the row of span as sparse entries, appended to out: none
// for span 0, which find gives for a feature without weights.
func (w *weights) row(span uint32, out []uint32) []uint32 {
	if span == 0 {
		return out
	}
	start, count := span>>8, span&0xff
	if count > 0 {
		return append(out, w.ents[start:start+count]...)
	}
	for c := range uint32(w.classes) {
		if v := uint16(w.ents[start+c/2] >> (16 * (c & 1))); v != 0 {
			out = append(out, c<<16|uint32(v))
		}
	}
	return out
}

// features returns the number of features with weights.
func (w *weights) features() int {
	n := 0
	for range w.all {
		n++
	}
	return n
}

// row is one feature's averaged weights, before quantisation.
type row struct {
	key  uint32
	cls  []uint16
	vals []float64
}

// sparse is a weight table as trained and as stored: the keys ascending,
// the number of entries of each, and the entries, class<<16 |
// uint16(weight), in key order.
type sparse struct {
	classes int
	scale   float64
	keys    []uint32
	counts  []uint8 // at most maxClasses: a row has a class once
	ents    []uint32
}

// quantise quantises rows (sorted by key), dropping weights whose
// magnitude is below prune.
func quantise(classes int, rows []row, prune float64) (*sparse, error) {
	if classes > maxClasses {
		return nil, fmt.Errorf("syntax: %d classes, at most %d", classes, maxClasses)
	}
	maxAbs := 0.0
	for _, r := range rows {
		for _, v := range r.vals {
			maxAbs = max(maxAbs, math.Abs(v))
		}
	}
	sp := &sparse{classes: classes, scale: max(maxAbs/math.MaxInt16, quantum)}
	for _, r := range rows {
		n := 0
		for j, v := range r.vals {
			if math.Abs(v) < prune {
				continue
			}
			q := int16(math.Round(v / sp.scale))
			if q == 0 {
				continue
			}
			sp.ents = append(sp.ents, uint32(r.cls[j])<<16|uint32(uint16(q)))
			n++
		}
		if n > 0 {
			sp.keys = append(sp.keys, r.key)
			sp.counts = append(sp.counts, uint8(n))
		}
	}
	return sp, nil
}

// buildWeights quantises rows (sorted by key) into a weight table,
// dropping weights whose magnitude is below prune.
func buildWeights(classes int, rows []row, prune float64) (*weights, error) {
	sp, err := quantise(classes, rows, prune)
	if err != nil {
		return nil, err
	}
	return sp.table()
}

// table lays out the rows of sp for scoring.
func (sp *sparse) table() (*weights, error) {
	size := 16
	for size < 2*len(sp.keys) {
		size *= 2
	}
	w := &weights{id: weightsMade.Add(1), classes: sp.classes, scale: sp.scale, mask: uint32(size - 1), slots: makeHuge[slot](size), n: len(sp.ents)}
	total := 1
	for _, c := range sp.counts {
		if w.isDense(int(c)) {
			total += int(w.denseLen())
		} else {
			total += int(c)
		}
	}
	if total >= 1<<24 {
		return nil, fmt.Errorf("syntax: %d weights, at most %d", total, 1<<24)
	}
	w.ents = makeHuge[uint32](total)
	spans := make([]uint32, len(sp.keys))
	from, to := 0, 1
	for i := range sp.keys {
		row := sp.ents[from : from+int(sp.counts[i])]
		from += int(sp.counts[i])
		spans[i] = uint32(to)<<8 | uint32(len(row))
		if w.isDense(len(row)) {
			spans[i] = uint32(to) << 8
			for _, e := range row {
				c := e >> 16
				w.ents[to+int(c/2)] |= uint32(uint16(e)) << (16 * (c & 1))
			}
			to += int(w.denseLen())
		} else {
			to += copy(w.ents[to:], row)
		}
	}
	// Insert the keys in the order of their slots, a few thousand
	// stretches of the table one after the other, rather than all over
	// it: loading is mostly waiting for these writes otherwise.
	const stretches = 4096
	shift := uint(0)
	for size>>shift > stretches {
		shift++
	}
	first := make([]int32, stretches+1)
	for _, k := range sp.keys {
		first[(k&w.mask)>>shift+1]++
	}
	for b := range stretches {
		first[b+1] += first[b]
	}
	order := make([]int32, len(sp.keys))
	for i, k := range sp.keys {
		b := (k & w.mask) >> shift
		order[first[b]] = int32(i)
		first[b]++
	}
	for _, i := range order {
		k := sp.keys[i]
		j := k & w.mask
		for w.slots[j].key != 0 {
			j = (j + 1) & w.mask
		}
		w.slots[j] = slot{key: k, span: spans[i]}
	}
	return w, nil
}

// sparse returns the rows of w.
func (w *weights) sparse() *sparse {
	type feat struct{ key, span uint32 }
	var fs []feat
	for k, span := range w.all {
		fs = append(fs, feat{k, span})
	}
	slices.SortFunc(fs, func(a, b feat) int { return cmp.Compare(a.key, b.key) })
	sp := &sparse{classes: w.classes, scale: w.scale}
	for _, f := range fs {
		n := len(sp.ents)
		sp.ents = w.row(f.span, sp.ents)
		sp.keys = append(sp.keys, f.key)
		sp.counts = append(sp.counts, uint8(len(sp.ents)-n))
	}
	return sp
}

// merge returns the rows of a and b (which may be nil) as one table with
// the classes of a followed by those of b: a key's row is its row in a,
// then its row in b with the classes moved up by a.classes. Each class
// scores as it did in its own table; the scale is a's.
func merge(a, b *sparse) (*sparse, error) {
	if b == nil {
		b = &sparse{}
	}
	if a.classes+b.classes > maxClasses {
		return nil, fmt.Errorf("syntax: %d classes, at most %d", a.classes+b.classes, maxClasses)
	}
	m := &sparse{classes: a.classes + b.classes, scale: a.scale, ents: make([]uint32, 0, len(a.ents)+len(b.ents))}
	i, j, ea, eb := 0, 0, 0, 0
	for i < len(a.keys) || j < len(b.keys) {
		k, n := uint32(0), len(m.ents)
		if j == len(b.keys) || i < len(a.keys) && a.keys[i] <= b.keys[j] {
			k = a.keys[i]
			m.ents = append(m.ents, a.ents[ea:ea+int(a.counts[i])]...)
			ea += int(a.counts[i])
			i++
		}
		if j < len(b.keys) && (k == 0 || b.keys[j] == k) {
			k = b.keys[j]
			for _, e := range b.ents[eb : eb+int(b.counts[j])] {
				m.ents = append(m.ents, e+uint32(a.classes)<<16)
			}
			eb += int(b.counts[j])
			j++
		}
		m.keys = append(m.keys, k)
		m.counts = append(m.counts, uint8(len(m.ents)-n))
	}
	return m, nil
}

// encode writes w: see sparse.encode.
func (w *weights) encode(e *enc) { w.sparse().encode(e) }

// encode writes sp: keys as ascending deltas, then the number of entries
// of each key, then each key's classes as ascending deltas, then the
// weights.
func (sp *sparse) encode(e *enc) {
	e.int(sp.classes)
	e.float(sp.scale)
	e.uvarint(uint64(len(sp.keys)))
	last := uint32(0)
	for _, k := range sp.keys {
		e.uvarint(uint64(k - last))
		last = k
	}
	for _, c := range sp.counts {
		e.uvarint(uint64(c))
	}
	from := 0
	for _, c := range sp.counts {
		prev := uint32(0)
		for _, x := range sp.ents[from : from+int(c)] {
			e.uvarint(uint64(x>>16 - prev))
			prev = x >> 16
		}
		from += int(c)
	}
	for _, x := range sp.ents {
		e.varint(int64(int16(x)))
	}
}

func decodeWeights(d *dec) (*weights, error) {
	sp, err := decodeSparse(d)
	if err != nil {
		return nil, err
	}
	return sp.table()
}

func decodeSparse(d *dec) (*sparse, error) {
	classes := d.int()
	scale := d.float()
	n := d.count(len(d.b))
	if d.err != nil || classes <= 0 || classes > maxClasses {
		return nil, errCorrupt
	}
	// The loops below read varints straight from the bytes: loading is
	// mostly this.
	b := d.b
	uv := func() uint64 {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			b = nil
			return 0
		}
		b = b[k:]
		return v
	}
	keys := make([]uint32, n)
	counts := make([]uint8, n)
	last := uint64(0)
	for i := range keys {
		last += uv()
		if last == 0 || last > math.MaxUint32 || i > 0 && uint32(last) <= keys[i-1] {
			return nil, errCorrupt // keys are ascending, and 0 marks an empty slot
		}
		keys[i] = uint32(last)
	}
	total := 0
	for i := range counts {
		c := uv()
		if c == 0 || c > maxClasses {
			return nil, errCorrupt
		}
		counts[i] = uint8(c)
		total += int(c)
	}
	if total > len(b) {
		return nil, errCorrupt
	}
	ents := make([]uint32, total)
	k := 0
	for _, c := range counts {
		cls := uint64(0)
		for j := range c {
			step := uv()
			if j > 0 && step == 0 {
				return nil, errCorrupt // a row's classes ascend
			}
			cls += step
			if cls >= uint64(classes) {
				return nil, errCorrupt
			}
			ents[k] = uint32(cls) << 16
			k++
		}
	}
	for i := range ents {
		v, k := binary.Varint(b)
		if k <= 0 || v == 0 || v != int64(int16(v)) {
			return nil, errCorrupt // weights are 16 bits, and a zero one is not stored
		}
		b = b[k:]
		ents[i] |= uint32(uint16(int16(v)))
	}
	if b == nil {
		return nil, errCorrupt
	}
	d.b = b
	return &sparse{classes: classes, scale: scale, keys: keys, counts: counts, ents: ents}, nil
}
