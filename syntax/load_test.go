package syntax

import "testing"

// BenchmarkLoad decodes the embedded models, as Load does once.
func BenchmarkLoad(b *testing.B) {
	for range b.N {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
