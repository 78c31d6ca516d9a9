package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/text"
)

// polnearText is the directory of the PolNeAR dev texts, which are not in
// the repository.
const polnearText = "../../shared/data/polnear/text"

// BenchmarkFind tags every PolNeAR dev text in turn on one goroutine and
// reports words (strings.Fields) per second. Tokenizing is done before the
// timer starts: this measures the temporal tagger alone.
func BenchmarkFind(b *testing.B) {
	names, err := filepath.Glob(filepath.Join(polnearText, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Skipf("no PolNeAR dev texts in %s (err %v): this benchmark needs ../shared/data/polnear", polnearText, err)
	}
	var docs []*text.Doc
	words := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		words += len(strings.Fields(string(data)))
		docs = append(docs, text.New(string(data)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Find(d, "2016-10-01")
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkPublished infers the publication date of every PolNeAR dev
// text.
func BenchmarkPublished(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join(polnearText, "*.txt"))
	if len(names) == 0 {
		b.Skipf("no PolNeAR dev texts in %s: this benchmark needs ../shared/data/polnear", polnearText)
	}
	var docs []*text.Doc
	words := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		words += len(strings.Fields(string(data)))
		docs = append(docs, text.New(string(data)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Published(d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
