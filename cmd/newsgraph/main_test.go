package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

// run runs newsgraph in process with the given stdin and arguments.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	err = m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

func decode(t *testing.T, line string) *newsgraph.Record {
	t.Helper()
	var r newsgraph.Record
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatalf("not a record: %v\n%s", err, line)
	}
	return &r
}

func TestExtractFile(t *testing.T) {
	out, _, err := run(t, "", "extract", "--published", "2025-03-03", "--id", "geneva", "../../examples/geneva-water-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := decode(t, out)
	if r.Article.ID != "geneva" || r.Article.Published == nil || *r.Article.Published != "2025-03-03" || *r.Article.PublishedBasis != newsgraph.BasisGiven {
		t.Errorf("article = %+v", r.Article)
	}
	if len(r.Quotes) == 0 {
		t.Error("no quotes")
	}
}

func TestExtractStdinAndSeveralFiles(t *testing.T) {
	out, _, err := run(t, "“We will stay,” Jane Doe said.", "extract", "-")
	if err != nil || len(decode(t, out).Quotes) != 1 {
		t.Fatalf("stdin: err %v, out %s", err, out)
	}
	files, _ := filepath.Glob("../../examples/*.txt")
	out, _, err = run(t, "", append([]string{"extract"}, files...)...)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(files) {
		t.Fatalf("%d records for %d files", len(lines), len(files))
	}
	for i, l := range lines {
		b, _ := os.ReadFile(files[i])
		if decode(t, l).Article.Text != string(b) {
			t.Errorf("record %d is not of %s: order lost", i, files[i])
		}
	}
}

func TestExtractJSONL(t *testing.T) {
	in := `{"id": "a", "title": "T", "text": "“Yes,” she said.", "published": "2024-01-02"}
not json
{"id": "b", "text": "Nothing said here."}
`
	out, stderr, err := run(t, in, "extract", "--jsonl")
	if err == nil {
		t.Error("a bad line must fail the command")
	}
	if !strings.Contains(stderr, "stdin line 2") {
		t.Errorf("stderr %q does not name the bad line", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || decode(t, lines[0]).Article.ID != "a" || decode(t, lines[1]).Article.ID != "b" {
		t.Errorf("records: %q", lines)
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "image.png")
	if err := os.WriteFile(bin, append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", bin}, "image.png: binary data"},
		{[]string{"extract", filepath.Join(dir, "missing.txt")}, "missing.txt"},
		{[]string{"extract", "--published", "17.02.2017", "-"}, "YYYY-MM-DD"},
		{[]string{"extract"}, "name a file"},
		{[]string{"frobnicate"}, "unknown command"},
	} {
		_, _, err := run(t, "", tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%v: error %v, want one line containing %q", tt.args, err, tt.want)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, err := run(t, "", "version")
	if err != nil || !strings.Contains(out, newsgraph.Version) {
		t.Errorf("version: %q, %v", out, err)
	}
}
