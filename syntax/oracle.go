package syntax

// The dynamic oracle of the arc-eager system (Goldberg and Nivre 2012):
// the cost of a move is the number of gold arcs it makes unreachable.
// Training follows a move of least cost, or the model's own mistakes. In
// plain arc-eager the moves of cost zero for a projective gold tree are
// exactly those after which the best tree still reachable stays as good,
// wherever the parser has strayed. Our rules for the last word and the
// root (see transition.go) can make the best tree of a strayed state worse
// than the costs say; from the start, moves of cost zero still build the
// gold tree (TestOracleReachesGold).

// kindCosts are the costs of the kinds of moves in a state, labels aside.
type kindCosts struct{ shift, left, right, reduce, drop int }

// costs returns the costs of the kinds of moves in st; gold[i] is the
// gold head of word i (n for the root).
func (st *state) costs(gold []int32) kindCosts {
	var c kindCosts
	b, n := st.b, st.n
	s0 := st.s(0)
	if b < n {
		// SHIFT: b can no longer take a head or dependents from the
		// stack. RIGHT: b loses a head elsewhere on the stack or in the
		// buffer, and its dependents on the stack that have no head yet.
		h := gold[b]
		for _, x := range st.stack {
			if h == x {
				c.shift++
				if x != s0 {
					c.right++
				}
			}
			if gold[x] == b && st.head[x] < 0 {
				c.shift++
				c.right++
			}
		}
		if h > b {
			c.right++
		}
	}
	if s0 >= 0 {
		// REDUCE, LEFT and DROP: s0 loses its dependents in the buffer;
		// LEFT also a head in the buffer other than b0.
		for d := b; d < n; d++ {
			if gold[d] == s0 {
				c.reduce++
			}
		}
		c.left, c.drop = c.reduce, c.reduce
		if gold[s0] > b {
			c.left++
		}
		// DROP: s0 loses a head in the buffer, or the root; LEFT also
		// the head below it, which a DROP could still give it. (SHIFT
		// still counts that arc as lost: training learns to RIGHT rather
		// than to count on a DROP.)
		if st.head[s0] < 0 && gold[s0] == st.s(1) {
			c.left++
		} else if gold[s0] >= b {
			c.drop++
		}
	}
	return c
}

// moveCost returns the cost of m given the costs of its kind, counting a
// gold arc with the wrong label as lost.
func (st *state) moveCost(m move, c kindCosts, gold []int32, labels []uint8) int {
	switch m.kind {
	case shift:
		return c.shift
	case reduce:
		return c.reduce
	case drop:
		if gold[st.s(0)] == st.s(1) && labels[st.s(0)] != m.label {
			return c.drop + 1
		}
		return c.drop
	case left:
		s0 := st.s(0)
		if gold[s0] == st.b && labels[s0] != m.label {
			return c.left + 1
		}
		return c.left
	default:
		if gold[st.b] == st.s(0) && labels[st.b] != m.label {
			return c.right + 1
		}
		return c.right
	}
}
