package text

import (
	"os"
	"testing"
)

func TestSegmentSeed(t *testing.T) {
	b, err := os.ReadFile("../../shared/data/seed/nato-dialogue.txt")
	if err != nil {
		t.Skipf("seed article not found: %v", err)
	}
	d := New(string(b))
	for _, s := range d.Sentences {
		t.Logf("%d %v %q", s.Paragraph, s.Headline, d.Source[s.Start:s.End])
	}
}
