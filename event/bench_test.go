package event

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/text"
)

// polnearText is the directory of the PolNeAR dev texts, which are not in
// the repository.
const polnearText = "../../shared/data/polnear/text"

// cloneSet copies an entity set deeply, so that Find, which adds to it,
// starts afresh each time.
func cloneSet(s *entity.Set) *entity.Set {
	c := *s
	c.Entities = slices.Clone(s.Entities)
	for i := range c.Entities {
		c.Entities[i].Mentions = slices.Clone(c.Entities[i].Mentions)
		c.Entities[i].Roles = slices.Clone(c.Entities[i].Roles)
	}
	c.Mentions = slices.Clone(s.Mentions)
	return &c
}

// BenchmarkFind runs Find alone over every PolNeAR dev text in turn on one
// goroutine, with documents and entity sets made beforehand, and reports
// words (strings.Fields) per second.
func BenchmarkFind(b *testing.B) { benchmarkFind(b, Options{}) }

// BenchmarkFindDictionaries is BenchmarkFind with the PETRARCH
// dictionaries loaded (beforehand).
func BenchmarkFindDictionaries(b *testing.B) {
	benchmarkFind(b, Options{Dictionaries: dictionaries(b)})
}

func benchmarkFind(b *testing.B, opt Options) {
	names, err := filepath.Glob(filepath.Join(polnearText, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Skipf("no PolNeAR dev texts in %s (err %v): this benchmark needs ../shared/data/polnear", polnearText, err)
	}
	var docs []*text.Doc
	var sets []*entity.Set
	words := 0
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		words += len(strings.Fields(string(raw)))
		d := text.New(string(raw))
		docs = append(docs, d)
		sets = append(sets, entity.Find(d))
	}
	b.ReportAllocs()
	var elapsed float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		fresh := make([]*entity.Set, len(sets))
		for k, s := range sets {
			fresh[k] = cloneSet(s)
		}
		b.StartTimer()
		for k, d := range docs {
			Find(d, fresh[k], nil, opt)
		}
	}
	elapsed = b.Elapsed().Seconds()
	b.ReportMetric(float64(words)*float64(b.N)/elapsed, "words/s")
}
