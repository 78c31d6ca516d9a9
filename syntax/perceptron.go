package syntax

import "slices"

// perceptron is a multiclass averaged perceptron under training. Weights
// are integers, so training does the same arithmetic on every machine.
// A feature gets a row the first time it is updated; a row holds only the
// classes it was updated for.
//
// Averaging uses the usual trick: besides each weight w it keeps u, the
// sum of clock*delta over its updates, where clock counts the instances
// seen before the update; the average over all instances is w - u/clock.
type perceptron struct {
	classes int
	index   map[uint32]int32
	rows    [][]pentry
	clock   int64
	// known, when set, holds the only features updates may add.
	known map[uint32]bool
}

type pentry struct {
	u   int64
	w   int32
	cls uint16
}

func newPerceptron(classes int) *perceptron {
	return &perceptron{classes: classes, index: make(map[uint32]int32, 1<<16)}
}

// score adds the current weights of feats to scores.
func (p *perceptron) score(feats []uint32, scores []int32) {
	for _, f := range feats {
		if r, ok := p.index[f]; ok {
			for _, e := range p.rows[r] {
				scores[e.cls] += e.w
			}
		}
	}
}

// update rewards good and penalises bad on every feature of feats.
func (p *perceptron) update(feats []uint32, good, bad int) {
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			if p.known != nil && !p.known[f] {
				continue
			}
			r = int32(len(p.rows))
			p.index[f] = r
			p.rows = append(p.rows, nil)
		}
		p.bump(r, good, 1)
		p.bump(r, bad, -1)
	}
}

func (p *perceptron) bump(r int32, cls int, d int32) {
	row := p.rows[r]
	for i := range row {
		if row[i].cls == uint16(cls) {
			row[i].w += d
			row[i].u += p.clock * int64(d)
			return
		}
	}
	p.rows[r] = append(row, pentry{cls: uint16(cls), w: d, u: p.clock * int64(d)})
}

// tick ends one training instance.
func (p *perceptron) tick() { p.clock++ }

// averaged returns the averaged weights, rows sorted by key and classes
// ascending within a row.
func (p *perceptron) averaged() []row {
	keys := make([]uint32, 0, len(p.index))
	for k := range p.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	c := float64(max(p.clock, 1))
	out := make([]row, 0, len(keys))
	for _, k := range keys {
		es := slices.Clone(p.rows[p.index[k]])
		slices.SortFunc(es, func(a, b pentry) int { return int(a.cls) - int(b.cls) })
		r := row{key: k, cls: make([]uint16, 0, len(es)), vals: make([]float64, 0, len(es))}
		for _, e := range es {
			v := float64(e.w) - float64(e.u)/c
			if v != 0 {
				r.cls = append(r.cls, e.cls)
				r.vals = append(r.vals, v)
			}
		}
		if len(r.cls) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// argmax returns the class with the highest score, the lowest on ties.
func argmax(scores []int32) int {
	best, top := 0, scores[0]
	for c, s := range scores {
		if s > top {
			best, top = c, s
		}
	}
	return best
}
