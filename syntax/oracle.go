package syntax

// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013):
// the cost of a move is the number of gold arcs it makes unreachable. For
// a projective gold tree the moves of cost zero are exactly those after
// which the best tree still reachable stays as good, wherever the parser
// has strayed; training follows them, or the model's own mistakes.

// costs returns the costs of SHIFT, LEFT and RIGHT in st, labels aside;
// gold[i] is the gold head of word i (n for the root).
func (st *state) costs(gold []int32) (cs, cl, cr int) {
	s0, s1, b, n := st.s(0), st.s(1), st.b, st.n
	if st.canShift() {
		// b can no longer take a head from the stack below s0, nor
		// dependents from anywhere on the stack.
		for _, x := range st.stack {
			if x != s0 && gold[b] == x {
				cs++
			}
			if gold[x] == b {
				cs++
			}
		}
	}
	if s0 < 0 {
		return cs, 0, 0
	}
	// s0 leaves the stack, losing the dependents still in the buffer...
	deps := 0
	for d := b; d < n; d++ {
		if gold[d] == s0 {
			deps++
		}
	}
	// ... and a head other than the one given, if it could still get it.
	h := gold[s0]
	cl, cr = deps, deps
	if h != b && (h == s1 || h > b) {
		cl++
	}
	if h >= b {
		cr++
	}
	return cs, cl, cr
}

// moveCost returns the cost of m given the unlabelled costs, counting a
// gold arc with the wrong label as lost.
func (st *state) moveCost(m move, cs, cl, cr int, gold []int32, labels []uint8) int {
	switch m.kind {
	case shift:
		return cs
	case left:
		s0 := st.s(0)
		if gold[s0] == st.b && labels[s0] != m.label {
			return cl + 1
		}
		return cl
	default:
		s0 := st.s(0)
		if gold[s0] == st.s(1) && labels[s0] != m.label {
			return cr + 1
		}
		return cr
	}
}
