package syntax

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/text"
)

// parserLookups returns the feature vectors the parser scores on our
// example articles, and how many features they hold.
func parserLookups(b *testing.B) (*weights, [][]uint32, int) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob("../examples/*.txt")
	if len(paths) == 0 {
		b.Skip("no examples")
	}
	var vecs [][]uint32
	n := 0
	sc := m.scratch()
	zero := make([]int32, m.parser.Moves()) // no preference among moves of cost zero
	costs := make([]int, m.parser.Moves())
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		doc := text.New(string(src))
		for _, s := range doc.Sentences {
			m.sentenceWords(doc, s, true, sc)
			// Replay the parse the model just made, collecting features:
			// the oracle's moves of cost zero rebuild the tree.
			ps := &sc.parse
			heads, labels := slices.Clone(ps.st.head), slices.Clone(ps.st.label)
			ps.st.reset(len(ps.sent.ws) - 1)
			for !ps.st.done() {
				if !m.parser.forced(&ps.st) {
					f := parseFeatures(&ps.st, &ps.ctx, &ps.sent, nil)
					vecs = append(vecs, f)
					n += len(f)
				}
				c, _ := m.parser.oracle(&ps.st, &ps.sent, heads, labels, zero, costs)
				ps.st.apply(m.parser.move(c, &ps.st, &ps.sent))
			}
			if !slices.Equal(ps.st.head, heads) {
				b.Fatalf("the replay built %v, not %v", ps.st.head, heads)
			}
		}
	}
	return m.parser.w, vecs, n
}

// BenchmarkScore times the parser's weight lookups alone, on the features
// of its parses of our examples.
func BenchmarkScore(b *testing.B) {
	w, vecs, n := parserLookups(b)
	scores := make([]int32, maxClasses+1)
	entries := 0
	for _, f := range vecs {
		for _, k := range f {
			entries += len(w.row(w.find(k), nil))
		}
	}
	b.ResetTimer()
	for range b.N {
		for _, f := range vecs {
			w.score(f, scores)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n*b.N), "ns/feature")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(len(vecs)*b.N), "ns/move")
	b.ReportMetric(float64(n)/float64(len(vecs)), "features/move")
	b.ReportMetric(float64(entries)/float64(len(vecs)), "entries/move")
}

// randomWeights returns a table of classes classes with rows of every
// length, from one weight to all classes, and the features it holds.
func randomWeights(t *testing.T, classes int, seed uint64) (*weights, *sparse, []uint32) {
	r := newRNG(seed)
	var rows []row
	var keys []uint32
	for i := range 3 * classes {
		rw := row{key: uint32(r.next()>>33) | 1}
		for c := range classes {
			if int(r.next()%uint64(classes)) <= i%classes {
				rw.cls = append(rw.cls, uint16(c))
				rw.vals = append(rw.vals, float64(int64(r.next()%2001)-1000))
			}
		}
		if len(rw.cls) > 0 {
			rows = append(rows, rw)
			keys = append(keys, rw.key)
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return int(int64(a.key) - int64(b.key)) })
	sp, err := quantise(classes, rows, 0)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sp.table()
	if err != nil {
		t.Fatal(err)
	}
	return w, sp, keys
}

// naiveScores adds up the rows of feats entry by entry.
func naiveScores(w *weights, feats []uint32) []int32 {
	out := make([]int32, w.classes)
	for _, f := range feats {
		for _, e := range w.row(w.find(f), nil) {
			out[e>>16] += int32(int16(e))
		}
	}
	return out
}

// Dense and sparse rows score alike, and a merged table scores each of
// its parts as the part alone does.
func TestWeightsScore(t *testing.T) {
	a, spa, ka := randomWeights(t, 87, 1)
	b, _, kb := randomWeights(t, 30, 2)
	dense := 0
	for _, sp := range a.all {
		if sp&0xff == 0 {
			dense++
		}
	}
	if dense == 0 || dense == a.features() {
		t.Fatalf("%d of %d rows dense: want some of each", dense, a.features())
	}
	ms, err := merge(a.sparse(), b.sparse())
	if err != nil {
		t.Fatal(err)
	}
	m, err := ms.table()
	if err != nil {
		t.Fatal(err)
	}
	// Rows read back from a table are the rows it was made of.
	if got := a.sparse(); !sameSparse(got, spa) {
		t.Errorf("a table's rows: %d keys %d weights, made of %d and %d", len(got.keys), len(got.ents), len(spa.keys), len(spa.ents))
	}
	feats := append(append([]uint32{12345}, ka...), kb...) // 12345: no such feature
	scores := make([]int32, maxClasses+1)
	for _, w := range []*weights{a, b} {
		clear(scores)
		w.score(feats, scores)
		if want := naiveScores(w, feats); !slices.Equal(scores[:w.classes], want) {
			t.Errorf("%d classes: score gives %v, entry by entry %v", w.classes, scores[:w.classes], want)
		}
	}
	clear(scores)
	m.score(feats, scores)
	if want := append(naiveScores(a, feats), naiveScores(b, feats)...); !slices.Equal(scores[:m.classes], want) {
		t.Errorf("merged: %v, want %v", scores[:m.classes], want)
	}
	if m.n != a.n+b.n {
		t.Errorf("merged table has %d weights, parts %d and %d", m.n, a.n, b.n)
	}
	// Written and read back: the same rows.
	var e enc
	a.encode(&e)
	d := &dec{b: e.b}
	a2, err := decodeWeights(d)
	if err != nil {
		t.Fatal(err)
	}
	for k, sp := range a.all {
		if got, want := a2.row(a2.find(k), nil), a.row(sp, nil); !slices.Equal(got, want) {
			t.Fatalf("key %d read back as %v, want %v", k, got, want)
		}
	}
}

// A weight table read from any bytes is refused or scores without
// panicking, and writes back what it read.
func FuzzWeights(f *testing.F) {
	var e enc
	a, _, _ := randomWeights(&testing.T{}, 7, 3)
	a.encode(&e)
	f.Add(e.b)
	f.Add([]byte{})
	f.Add([]byte{14, 0, 2, 1, 1, 1, 1, 0, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		sp, err := decodeSparse(&dec{b: b})
		if err != nil {
			return
		}
		w, err := sp.table()
		if err != nil {
			return
		}
		if m, err := merge(sp, sp); err == nil {
			if _, err := m.table(); err != nil {
				t.Fatalf("merged table: %v", err)
			}
		}
		scores := make([]int32, maxClasses+1)
		w.score(append(slices.Clone(sp.keys), 1, 2, 3), scores)
		var e enc
		w.encode(&e)
		again, err := decodeSparse(&dec{b: e.b})
		if err != nil || !sameSparse(again, w.sparse()) {
			t.Fatalf("written and read back: %v", err)
		}
	})
}

func sameSparse(a, b *sparse) bool {
	return a.classes == b.classes && a.scale == b.scale && slices.Equal(a.keys, b.keys) && slices.Equal(a.counts, b.counts) && slices.Equal(a.ents, b.ents)
}
