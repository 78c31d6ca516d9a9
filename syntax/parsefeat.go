package syntax

// The parser's features follow Zhang and Nivre (2011): s0 and b0 are their
// S0 and N0, and h their S0h, the head of s0 when it has one. Besides
// theirs, s1 and s2, the words below s0 on the stack, have features of
// their own. Words are lowercased forms, tags XPOS, labels full relations.

// Positions a feature may look at.
const (
	pS0 = iota
	pS1
	pS2
	pB0
	pB1
	pB2
	pS0L1
	pS0L2
	pS0R1
	pS0R2
	pS1L1
	pS1R1
	pS1R2
	pB0L1
	pB0L2
	nPos
)

// Values standing for no word, no tag, no label; and for the root.
var (
	hashNone = hashString("\x00<none>")
	hashRoot = hashString("\x00<root>")
	hashAlt  = hashString("\x00<alt>")
)

const (
	tagNone   = 1000
	tagRoot   = 1001
	labelNone = 1000
)

// featCtx is what the features of one state read: for each position its
// word, tag, word and tag together, and label.
type featCtx struct {
	w, t, wt, l, a, x, u [nPos]uint64
	idx                  [nPos]int32
}

// fill reads the positions of st; ws and ts are the words and tags of the
// sentence, with the root at index n.
func (c *featCtx) fill(st *state, s *sentence) {
	s0, s1 := st.s(0), st.s(1)
	b1, b2 := st.b+1, st.b+2
	if b1 > st.n {
		b1 = -1
	}
	if b2 > st.n {
		b2 = -1
	}
	child := func(x int32, of []int32) int32 {
		if x < 0 {
			return -1
		}
		return of[x]
	}
	c.idx = [nPos]int32{
		pS0: s0, pS1: s1, pS2: st.s(2), pB0: st.b, pB1: b1, pB2: b2,
		pS0L1: child(s0, st.lc1), pS0L2: child(s0, st.lc2), pS0R1: child(s0, st.rc1), pS0R2: child(s0, st.rc2),
		pS1L1: child(s1, st.lc1), pS1R1: child(s1, st.rc1), pS1R2: child(s1, st.rc2),
		pB0L1: child(st.b, st.lc1), pB0L2: child(st.b, st.lc2),
	}
	for p, i := range c.idx {
		if i < 0 {
			c.w[p], c.t[p], c.l[p], c.a[p], c.x[p], c.u[p] = hashNone, tagNone, labelNone, hashNone, hashNone, tagNone
		} else {
			c.w[p], c.t[p], c.a[p], c.x[p], c.u[p] = s.ws[i], s.ts[i], s.as[i], s.ss[i], s.us[i]
			c.l[p] = labelNone
			if st.head[i] >= 0 {
				c.l[p] = uint64(st.label[i])
			}
		}
		c.wt[p] = mix(c.w[p], c.t[p])
	}
}

// distance buckets the distance from i to j.
func distance(i, j int32) uint64 {
	if i < 0 || j < 0 {
		return 0
	}
	d := j - i
	switch {
	case d < 0:
		d = -d
	case d >= 10:
		return 7
	case d >= 6:
		return 6
	}
	return uint64(d)
}

// parseFeatures appends the features of st.
func parseFeatures(st *state, c *featCtx, s *sentence, out []uint32) []uint32 {
	c.fill(st, s)
	w, t, wt, l, a, x, u := &c.w, &c.t, &c.wt, &c.l, &c.a, &c.x, &c.u
	s0, s1, b0 := c.idx[pS0], c.idx[pS1], c.idx[pB0]
	d := distance(s0, b0)
	d1 := distance(s1, s0)
	var vl0, vr0, vlb, vr1, vl1 uint64
	var sl0, sr0, slb, sr1 uint64
	if s0 >= 0 {
		vl0, vr0, sl0, sr0 = uint64(st.nl[s0]), uint64(st.nr[s0]), st.ls[s0], st.rs[s0]
	}
	if s1 >= 0 {
		vl1, vr1, sr1 = uint64(st.nl[s1]), uint64(st.nr[s1]), st.rs[s1]
	}
	vlb, slb = uint64(st.nl[b0]), st.ls[b0]
	k := 0
	next := func() int { k++; return k }
	out = append(out,
		// single words
		f1(next(), wt[pS0]), f1(next(), w[pS0]), f1(next(), t[pS0]),
		f1(next(), wt[pB0]), f1(next(), w[pB0]), f1(next(), t[pB0]),
		f1(next(), wt[pB1]), f1(next(), w[pB1]), f1(next(), t[pB1]),
		f1(next(), wt[pB2]), f1(next(), w[pB2]), f1(next(), t[pB2]),
		f1(next(), wt[pS1]), f1(next(), w[pS1]), f1(next(), t[pS1]),
		f1(next(), w[pS2]), f1(next(), t[pS2]),
		// pairs
		f2(next(), wt[pS0], wt[pB0]), f2(next(), wt[pS0], w[pB0]), f2(next(), w[pS0], wt[pB0]),
		f2(next(), wt[pS0], t[pB0]), f2(next(), t[pS0], wt[pB0]), f2(next(), w[pS0], w[pB0]),
		f2(next(), t[pS0], t[pB0]), f2(next(), t[pB0], t[pB1]),
		f2(next(), wt[pS1], wt[pS0]), f2(next(), t[pS1], t[pS0]), f2(next(), w[pS1], w[pS0]),
		f2(next(), t[pS1], w[pS0]), f2(next(), w[pS1], t[pS0]),
		f2(next(), wt[pS1], t[pB0]), f2(next(), t[pS1], wt[pB0]),
		// three tags
		f3(next(), t[pB0], t[pB1], t[pB2]),
		f3(next(), t[pS0], t[pB0], t[pB1]),
		f3(next(), t[pS1], t[pS0], t[pB0]),
		f3(next(), t[pS0], t[pS0L1], t[pB0]),
		f3(next(), t[pS0], t[pS0R1], t[pB0]),
		f3(next(), t[pS0], t[pB0], t[pB0L1]),
		f3(next(), t[pS1], t[pS1R1], t[pS0]),
		f3(next(), t[pS2], t[pS1], t[pS0]),
		f3(next(), t[pS1], t[pS0], t[pS0L1]),
		f3(next(), t[pS1], t[pS0], t[pS0R1]),
		f3(next(), t[pS1], t[pS1L1], t[pS0]),
		// distance
		f2(next(), w[pS0], d), f2(next(), t[pS0], d),
		f2(next(), w[pB0], d), f2(next(), t[pB0], d),
		f3(next(), w[pS0], w[pB0], d), f3(next(), t[pS0], t[pB0], d),
		f3(next(), t[pS1], t[pS0], d1), f3(next(), w[pS1], w[pS0], d1),
		f3(next(), wt[pS1], t[pS0], d1), f3(next(), t[pS1], wt[pS0], d1),
		// valency
		f2(next(), w[pS0], vr0), f2(next(), t[pS0], vr0),
		f2(next(), w[pS0], vl0), f2(next(), t[pS0], vl0),
		f2(next(), w[pB0], vlb), f2(next(), t[pB0], vlb),
		f2(next(), w[pS1], vr1), f2(next(), t[pS1], vr1), f2(next(), t[pS1], vl1),
	)
	// Children. Most of the time a position has no child, and then its
	// word, tag and label features would all say only that, each with a
	// row over every class. So an absent child gets one feature, its tag's,
	// and a second child none when the first is absent too.
	children := [...]struct {
		p, first int  // position and its first child (itself for a first one)
		word     bool // with a word feature
	}{
		{pS0L1, pS0L1, true}, {pS0R1, pS0R1, true}, {pB0L1, pB0L1, true}, {pS1R1, pS1R1, true},
		{pS1L1, pS1L1, false}, {pS0L2, pS0L1, true}, {pS0R2, pS0R1, true}, {pB0L2, pB0L1, true},
		{pS1R2, pS1R1, false},
	}
	for _, ch := range children {
		kw := 0
		if ch.word {
			kw = next()
		}
		kt, kl := next(), next()
		switch {
		case c.idx[ch.p] >= 0:
			if ch.word {
				out = append(out, f1(kw, w[ch.p]))
			}
			out = append(out, f1(kt, t[ch.p]), f1(kl, l[ch.p]))
		case ch.p == ch.first || c.idx[ch.first] >= 0:
			out = append(out, f1(kt, tagNone))
		}
	}
	out = append(out,
		f3(next(), t[pS0], t[pS0L1], t[pS0L2]),
		f3(next(), t[pS0], t[pS0R1], t[pS0R2]),
		f3(next(), t[pB0], t[pB0L1], t[pB0L2]),
		f3(next(), t[pS1], t[pS1R1], t[pS1R2]),
		f3(next(), t[pS0], l[pS0L1], l[pS0R1]),
		f3(next(), t[pS1], l[pS1R1], t[pS0]),
		// label sets
		f2(next(), w[pS0], sr0), f2(next(), t[pS0], sr0),
		f2(next(), w[pS0], sl0), f2(next(), t[pS0], sl0),
		f2(next(), w[pB0], slb), f2(next(), t[pB0], slb),
		f2(next(), w[pS1], sr1), f2(next(), t[pS1], sr1),
		// ambiguity classes, with the tagger's close runner-up
		f1(next(), a[pS0]), f1(next(), a[pB0]), f1(next(), a[pB1]), f1(next(), a[pS1]),
		f2(next(), a[pS0], a[pB0]), f2(next(), a[pS0], t[pB0]), f2(next(), t[pS0], a[pB0]),
		// suffixes
		f1(next(), x[pS0]), f1(next(), x[pB0]), f1(next(), x[pB1]), f1(next(), x[pS1]),
		f2(next(), x[pS0], t[pB0]), f2(next(), t[pS0], x[pB0]),
		// universal parts of speech: the tag triples again, coarser
		f3(next(), u[pB0], u[pB1], u[pB2]),
		f3(next(), u[pS0], u[pB0], u[pB1]),
		f3(next(), u[pS1], u[pS0], u[pB0]),
		f3(next(), u[pS0], u[pS0L1], u[pB0]),
		f3(next(), u[pS0], u[pS0R1], u[pB0]),
		f3(next(), u[pS0], u[pB0], u[pB0L1]),
		f3(next(), u[pS1], u[pS1R1], u[pS0]),
		f3(next(), u[pS2], u[pS1], u[pS0]),
		f3(next(), u[pS0], u[pB0], d), f3(next(), u[pS1], u[pS0], d1),
	)
	// the labels of s0 and s1, and the head h of s0
	ht, hw := uint64(tagNone), hashNone
	if s0 >= 0 {
		if h := st.head[s0]; h >= 0 && h < st.n {
			ht, hw = s.ts[h], s.ws[h]
		}
	}
	return append(out,
		f1(next(), l[pS0]), f1(next(), l[pS1]), f2(next(), t[pS0], l[pS0]),
		f1(next(), ht), f1(next(), hw), f2(next(), ht, t[pS0]),
		f3(next(), ht, t[pS0], t[pB0]), f3(next(), ht, l[pS0], t[pB0]),
	)
}
