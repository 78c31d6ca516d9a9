package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// polnearText is the directory of the PolNeAR dev texts, which are not in
// the repository.
const polnearText = "../../shared/data/polnear/text"

// seedArticle is the example article of ../shared/spec/record.md.
const seedArticle = "../../shared/data/seed/nato-dialogue.txt"

// BenchmarkArticle extracts every PolNeAR dev text in turn on one
// goroutine and reports words (strings.Fields) per second.
func BenchmarkArticle(b *testing.B) { benchmarkPolNeAR(b, false) }

// BenchmarkArticlePatterns is BenchmarkArticle without the parser.
func BenchmarkArticlePatterns(b *testing.B) { benchmarkPolNeAR(b, true) }

func benchmarkPolNeAR(b *testing.B, patterns bool) {
	names, err := filepath.Glob(filepath.Join(polnearText, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Skipf("no PolNeAR dev texts in %s (err %v): this benchmark needs ../shared/data/polnear", polnearText, err)
	}
	texts := make([][]byte, len(names))
	for i, name := range names {
		if texts[i], err = os.ReadFile(name); err != nil {
			b.Fatal(err)
		}
	}
	benchmarkTexts(b, texts, patterns)
}

// BenchmarkArticleSeed extracts the seed article.
func BenchmarkArticleSeed(b *testing.B) {
	text, err := os.ReadFile(seedArticle)
	if err != nil {
		b.Skipf("no seed article: %v", err)
	}
	benchmarkTexts(b, [][]byte{text}, false)
}

// benchmarkTexts extracts all texts once per iteration and reports words
// per second.
func benchmarkTexts(b *testing.B, texts [][]byte, patterns bool) {
	words, size := 0, 0
	for _, t := range texts {
		words += len(strings.Fields(string(t)))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := Article(Input{Text: t, Patterns: patterns}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
