package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden records in testdata/golden")

// TestGolden extracts our example articles and compares each record with
// the one kept in testdata/golden, so that any change in what newsgraph
// finds shows up in review. Run `go test ./extract -run Golden -update`
// to accept a change.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../examples/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Article(Input{ID: name, Text: b})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				line, g, w := diffLine(got, want)
				t.Errorf("record differs from %s at line %d:\n got: %s\nwant: %s\n(run with -update to accept)", golden, line, g, w)
			}
		})
	}
}

// diffLine returns the first line where a and b differ, with both lines.
func diffLine(a, b []byte) (int, string, string) {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return i + 1, x, y
		}
	}
	return 0, "", ""
}
