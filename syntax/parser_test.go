package syntax

import (
	"slices"
	"testing"
)

func TestProjectivize(t *testing.T) {
	for _, tc := range []struct {
		name        string
		heads, want []int32 // n stands for the root
	}{
		{"projective", []int32{1, 3, 1}, []int32{1, 3, 1}},
		// 0 <- 2 crosses 1 <- 3 (root 3): the arc over 1 is lifted to 3.
		{"crossing", []int32{2, 3, 3, 4}, []int32{3, 3, 3, 4}},
		// 4 -> 1 and 4 -> 2 span their head's head 3: both are lifted to
		// it, the shorter first.
		{"over the head's head", []int32{3, 4, 4, 5, 3}, []int32{3, 3, 3, 5, 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !isTree(tc.heads) {
				t.Fatalf("%v is not a tree", tc.heads)
			}
			if got := projectivize(tc.heads); !slices.Equal(got, tc.want) {
				t.Errorf("projectivize(%v) = %v, want %v", tc.heads, got, tc.want)
			}
		})
	}
}

func TestIsTree(t *testing.T) {
	for _, tc := range []struct {
		heads []int32
		want  bool
	}{
		{[]int32{1, 2}, true},
		{[]int32{2, 2}, false},    // two roots
		{[]int32{1, 0, 3}, false}, // a cycle
		{[]int32{0}, false},       // its own head
		{[]int32{}, false},
	} {
		if got := isTree(tc.heads); got != tc.want {
			t.Errorf("isTree(%v) = %v", tc.heads, got)
		}
	}
}

// Following moves of cost zero from the start, whichever of them, builds
// the gold tree, with its labels, for every projective tree: the oracle is
// right where training starts.
func TestOracleReachesGold(t *testing.T) {
	trees := [][]int32{
		{1, 3, 1},
		{3, 3, 3, 4},
		{1, 2, 3, 4, 5, 6, 7},
		{7, 0, 0, 0, 0, 0, 0},
		{1, 7, 3, 1, 3, 6, 1},
		{2, 2, 6, 2, 5, 2, 7},
	}
	r := newRNG(3)
	for _, gold := range slices.Concat(trees, trees, trees, trees) { // each with other choices
		n := len(gold)
		if !isTree(gold) || !slices.Equal(projectivize(gold), gold) {
			t.Fatalf("%v is not a projective tree", gold)
		}
		labels := make([]uint8, n)
		for i := range labels {
			labels[i] = uint8(i%3 + 1)
			if gold[i] == int32(n) {
				labels[i] = 0 // root
			}
		}
		moves := []move{{kind: shift}, {kind: reduce}}
		for l := uint8(0); l < 4; l++ {
			moves = append(moves, move{left, l}, move{right, l}, move{drop, l})
		}
		var st state
		st.reset(n)
		for steps := 0; !st.done(); steps++ {
			if steps > 2*n+2 {
				t.Fatalf("%v: no end", gold)
			}
			kc := st.costs(gold)
			best := -1
			var zero []int
			for c, m := range moves {
				if st.valid(m, 0) && st.moveCost(m, kc, gold, labels) == 0 {
					zero = append(zero, c)
				}
			}
			if len(zero) > 0 {
				best = zero[r.next()%uint64(len(zero))]
			}
			if best < 0 {
				t.Fatalf("%v: no move of cost zero in %+v", gold, st)
			}
			st.apply(moves[best])
		}
		if !slices.Equal(st.head[:n], gold) || !slices.Equal(st.label[:n], labels) {
			t.Errorf("oracle built %v %v, want %v %v", st.head[:n], st.label[:n], gold, labels)
		}
	}
}

// Any sequence of valid moves ends in a tree with one root.
func TestMovesMakeTrees(t *testing.T) {
	r := newRNG(7)
	moves := []move{{kind: shift}, {kind: reduce}, {left, 0}, {left, 1}, {right, 1}, {drop, 1}}
	for trial := range 200 {
		n := 1 + trial%12
		var st state
		st.reset(n)
		for !st.done() {
			var ok []move
			for _, m := range moves {
				if st.valid(m, 0) {
					ok = append(ok, m)
				}
			}
			if len(ok) == 0 {
				t.Fatalf("no valid move in %+v", st)
			}
			st.apply(ok[r.next()%uint64(len(ok))])
			checkChildren(t, &st)
		}
		if !isTree(st.head[:n]) {
			t.Fatalf("moves built %v, not a tree", st.head[:n])
		}
	}
}

// checkChildren fails unless what st keeps of each word's children
// agrees with its heads.
func checkChildren(t *testing.T, st *state) {
	t.Helper()
	for h := range st.n + 1 {
		lc := []int32{-1, -1}
		rc := []int32{-1, -1}
		var nl, nr uint8
		var ls, rs uint64
		for d := range st.n {
			if st.head[d] != h {
				continue
			}
			bit := uint64(1) << (st.label[d] & 63)
			if d < h {
				if nl < 2 {
					lc[nl] = d
				}
				nl++
				ls |= bit
			}
		}
		for d := st.n - 1; d > h; d-- {
			if st.head[d] == h {
				if nr < 2 {
					rc[nr] = d
				}
				nr++
				rs |= uint64(1) << (st.label[d] & 63)
			}
		}
		got := []any{st.lc1[h], st.lc2[h], st.rc1[h], st.rc2[h], st.nl[h], st.nr[h], st.ls[h], st.rs[h]}
		want := []any{lc[0], lc[1], rc[0], rc[1], nl, nr, ls, rs}
		if !slices.Equal(got, want) {
			t.Fatalf("word %d of %v: children %v, want %v", h, st.head, got, want)
		}
	}
}

// DROP is allowed only when the last word is b0 and s0 has no head; it
// makes the word below s0 its head.
func TestDrop(t *testing.T) {
	var st state
	st.reset(4)
	st.apply(move{kind: shift})
	st.apply(move{right, 1}) // 0 -> 1
	if st.canDrop() {
		t.Fatal("DROP allowed before the last word")
	}
	st.apply(move{kind: shift}) // b0 is now the last word, 3
	if !st.canDrop() {
		t.Fatal("DROP not allowed with the last word at b0")
	}
	st.apply(move{drop, 2})
	if st.head[2] != 1 || st.label[2] != 2 || st.free != 1 || st.rc1[1] != 2 || !slices.Equal(st.stack, []int32{0, 1}) {
		t.Fatalf("after DROP: heads %v, labels %v, free %d, stack %v", st.head, st.label, st.free, st.stack)
	}
	if st.canDrop() {
		t.Fatal("DROP allowed for a word with a head")
	}
}
