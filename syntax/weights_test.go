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
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		doc := text.New(string(src))
		for _, s := range doc.Sentences {
			m.sentenceWords(doc, s, true, sc)
			// Replay the parse the model just made, collecting features.
			ps := &sc.parse
			heads, labels := slices.Clone(ps.st.head), slices.Clone(ps.st.label)
			ps.st.reset(len(ps.sent.ws) - 1)
			for !ps.st.done() {
				if !m.parser.forced(&ps.st) {
					f := parseFeatures(&ps.st, &ps.ctx, &ps.sent, nil)
					vecs = append(vecs, f)
					n += len(f)
				}
				ps.st.apply(replayMove(&ps.st, heads, labels))
			}
		}
	}
	return m.parser.w, vecs, n
}

// replayMove returns the move that rebuilds the tree heads, labels.
func replayMove(st *state, heads []int32, labels []uint8) move {
	if len(st.stack) > 0 {
		s0 := st.stack[len(st.stack)-1]
		if heads[s0] == st.b && st.allAttached(s0, heads) {
			return move{kind: left, label: labels[s0]}
		}
		if len(st.stack) > 1 && heads[s0] == st.stack[len(st.stack)-2] && st.allAttached(s0, heads) {
			return move{kind: right, label: labels[s0]}
		}
	}
	return move{kind: shift}
}

// allAttached says whether every dependent of d in heads is attached.
func (st *state) allAttached(d int32, heads []int32) bool {
	for i, h := range heads {
		if h == d && st.head[i] != d {
			return false
		}
	}
	return true
}

// BenchmarkScore times the parser's weight lookups alone, on the features
// of its parses of our examples.
func BenchmarkScore(b *testing.B) {
	w, vecs, n := parserLookups(b)
	scores := make([]int32, maxClasses+1)
	entries := 0
	for _, f := range vecs {
		for _, k := range f {
			entries += int(w.find(k) & 0xff)
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
