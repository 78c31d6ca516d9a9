package gazetteer

import (
	"strings"
	"testing"
)

// benchText is a news paragraph of our own, heavy in names.
const benchText = `NATO believes in the necessity of dialogue with Russia. As reported on
Friday, RIA Novosti said the Secretary General of the Alliance met the
Minister of foreign Affairs of the Russian Federation at the security
conference in Munich. According to TASS, the Kremlin and the White House
have not commented. The U.S. State Department said Washington would consult
the European Union, the UN Security Council and the OSCE in Vienna before
the G20 summit. Reuters and The New York Times reported that Sen. Lindsey
Graham and Rep. Adam Schiff asked the Pentagon about troops in Poland, the
Baltic states and Ukraine's east, while Beijing and Tokyo watched the South
China Sea and Chinese officials met Japanese diplomats in Shanghai.`

func BenchmarkLongestMatch(b *testing.B) {
	ws := words(strings.Repeat(benchText+"\n", 10))
	load()
	b.ReportAllocs()
	for b.Loop() {
		for i := range ws {
			LongestMatch(ws, i)
		}
	}
	b.ReportMetric(float64(len(ws))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLongestTitle(b *testing.B) {
	ws := words(strings.Repeat(benchText+"\n", 10))
	load()
	b.ReportAllocs()
	for b.Loop() {
		for i := range ws {
			LongestTitle(ws, i)
		}
	}
	b.ReportMetric(float64(len(ws))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		parse(data)
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"the Russian Federation", "US", "us", "the Alliance", "Russia's", "St. Petersburg", "Sen. Graham", "Deputy foreign Minister", "Éire", "\xff", "the the", "٥ Sen."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Lookup(s)
		LookupTitle(s)
		ws := words(s)
		for i := range ws {
			if _, n := LongestMatch(ws, i); n < 0 || n > len(ws)-i {
				t.Fatalf("LongestMatch(%q, %d) spans %d words", s, i, n)
			}
			if _, n := LongestTitle(ws, i); n < 0 || n > len(ws)-i {
				t.Fatalf("LongestTitle(%q, %d) spans %d words", s, i, n)
			}
		}
	})
}
