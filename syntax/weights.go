package syntax

import (
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
// full) of slots; a slot holds the key and where its entries start and how
// many there are. An entry is class<<16 | uint16(weight).
type weights struct {
	id      uint64 // unique in the process, for caches of scores
	classes int
	scale   float64 // the weight an entry of 1 stands for
	mask    uint32
	slots   []slot
	ents    []uint32
}

type slot struct{ key, span uint32 } // span = start<<8 | count

// weightsMade numbers the weight tables made, from 1.
var weightsMade atomic.Uint64

const maxClasses = 255

// quantum is the finest step weights are stored in: the sums of about a
// hundred of them that decide between classes do not notice it.
const quantum = 1.0 / 16

// score adds the weights of feats to scores, which has one cell per class
// and a capacity of at least maxClasses+1.
//
// It looks up every feature before it adds any weight, so that the
// processor can wait for many cache misses at once.
func (w *weights) score(feats []uint32, scores []int32) {
	acc := (*[maxClasses + 1]int32)(scores[:maxClasses+1])
	slots, ents, mask := w.slots, w.ents, w.mask
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
			start := sp >> 8
			for _, e := range ents[start : start+sp&0xff] {
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

// features returns the number of features with weights.
func (w *weights) features() int {
	n := 0
	for _, s := range w.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// row is one feature's averaged weights, before quantisation.
type row struct {
	key  uint32
	cls  []uint16
	vals []float64
}

// buildWeights quantises rows (sorted by key) into a weight table,
// dropping weights whose magnitude is below prune.
func buildWeights(classes int, rows []row, prune float64) (*weights, error) {
	if classes > maxClasses {
		return nil, fmt.Errorf("syntax: %d classes, at most %d", classes, maxClasses)
	}
	maxAbs := 0.0
	for _, r := range rows {
		for _, v := range r.vals {
			maxAbs = max(maxAbs, math.Abs(v))
		}
	}
	scale := max(maxAbs/math.MaxInt16, quantum)
	keys := make([]uint32, 0, len(rows))
	counts := make([]int, 0, len(rows))
	var ents []uint32
	for _, r := range rows {
		n := 0
		for j, v := range r.vals {
			if math.Abs(v) < prune {
				continue
			}
			q := int16(math.Round(v / scale))
			if q == 0 {
				continue
			}
			ents = append(ents, uint32(r.cls[j])<<16|uint32(uint16(q)))
			n++
		}
		if n > 0 {
			keys = append(keys, r.key)
			counts = append(counts, n)
		}
	}
	return newWeights(classes, scale, keys, counts, ents)
}

// newWeights lays out keys (ascending), the number of entries of each, and
// the entries in key order.
func newWeights(classes int, scale float64, keys []uint32, counts []int, ents []uint32) (*weights, error) {
	if len(ents) >= 1<<24 {
		return nil, fmt.Errorf("syntax: %d weights, at most %d", len(ents), 1<<24)
	}
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	w := &weights{id: weightsMade.Add(1), classes: classes, scale: scale, mask: uint32(size - 1), slots: makeHuge[slot](size), ents: ents}
	start := 0
	for i, k := range keys {
		j := k & w.mask
		for w.slots[j].key != 0 {
			j = (j + 1) & w.mask
		}
		w.slots[j] = slot{key: k, span: uint32(start)<<8 | uint32(counts[i])}
		start += counts[i]
	}
	return w, nil
}

// encode writes w: keys as ascending deltas, then the number of entries
// of each key, then each key's classes as ascending deltas, then the
// weights.
func (w *weights) encode(e *enc) {
	type feat struct{ key, span uint32 }
	var fs []feat
	for _, s := range w.slots {
		if s.key != 0 {
			fs = append(fs, feat(s))
		}
	}
	slices.SortFunc(fs, func(a, b feat) int { return int(int64(a.key) - int64(b.key)) })
	e.int(w.classes)
	e.float(w.scale)
	e.uvarint(uint64(len(fs)))
	last := uint32(0)
	for _, f := range fs {
		e.uvarint(uint64(f.key - last))
		last = f.key
	}
	for _, f := range fs {
		e.uvarint(uint64(f.span & 0xff))
	}
	for _, f := range fs {
		prev := uint32(0)
		for _, x := range w.row(f.span) {
			e.uvarint(uint64(x>>16 - prev))
			prev = x >> 16
		}
	}
	for _, f := range fs {
		for _, x := range w.row(f.span) {
			e.varint(int64(int16(x)))
		}
	}
}

func (w *weights) row(span uint32) []uint32 {
	start := span >> 8
	return w.ents[start : start+span&0xff]
}

func decodeWeights(d *dec) (*weights, error) {
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
	counts := make([]int, n)
	last := uint64(0)
	for i := range keys {
		last += uv()
		keys[i] = uint32(last)
	}
	total := 0
	for i := range counts {
		c := uv()
		if c > maxClasses {
			return nil, errCorrupt
		}
		counts[i] = int(c)
		total += int(c)
	}
	if total > len(b) {
		return nil, errCorrupt
	}
	ents := makeHuge[uint32](total)
	k := 0
	for _, c := range counts {
		cls := uint64(0)
		for range c {
			cls += uv()
			if cls >= uint64(classes) {
				return nil, errCorrupt
			}
			ents[k] = uint32(cls) << 16
			k++
		}
	}
	for i := range ents {
		v, k := binary.Varint(b)
		if k <= 0 {
			return nil, errCorrupt
		}
		b = b[k:]
		ents[i] |= uint32(uint16(int16(v)))
	}
	if b == nil {
		return nil, errCorrupt
	}
	d.b = b
	return newWeights(classes, scale, keys, counts, ents)
}
