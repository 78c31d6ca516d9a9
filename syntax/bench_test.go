//go:build unix

package syntax_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// examples returns our example articles as docs and their token count.
func examples(b *testing.B) ([]*text.Doc, int) {
	paths, err := filepath.Glob("../examples/*.txt")
	if err != nil || len(paths) == 0 {
		b.Skip("no examples")
	}
	var docs []*text.Doc
	n := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d := text.New(string(src))
		docs = append(docs, d)
		n += len(d.Tokens)
	}
	return docs, n
}

// cpuTime returns the processor time the process has used, so that the
// speed reported holds on a busy machine too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchWords(b *testing.B, run func(m *syntax.Model, d *text.Doc)) {
	m := load(b)
	docs, n := examples(b)
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		for _, d := range docs {
			run(m, d)
		}
	}
	words := float64(n * b.N)
	b.ReportMetric(words/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(words/(cpuTime()-cpu).Seconds(), "words/cpu-s")
}

// Run with -cpu 1 for the speed of one core.
func BenchmarkTag(b *testing.B) {
	benchWords(b, func(m *syntax.Model, d *text.Doc) { m.Tag(d) })
}

func BenchmarkTagParse(b *testing.B) {
	benchWords(b, func(m *syntax.Model, d *text.Doc) { m.Parse(d) })
}
