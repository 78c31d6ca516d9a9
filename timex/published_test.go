package timex

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/text"
)

func TestPublished(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		// Datelines with a full date.
		{"MOSCOW, March 3, 2017 (RIA Novosti) — The minister said talks went well.", "2017-03-03"},
		{"WASHINGTON, Feb. 17, 2017 - The president said so.", "2017-02-17"},
		{"Boeing wins tanker deal\nNovember 24, 2004\nThe Air Force said on Tuesday that it would buy tankers.", "2004-11-24"},
		{"Title\n\n17 February 2017\n\nText follows.", "2017-02-17"},
		// A weekday with a day and no year, consistent with the years written.
		{"As reported on Friday, February 17, RIA Novosti said. Talks resumed in April 2016.", "2017-02-17"},
		{"On Tuesday, March 1, the talks began. The last round was in 2014.", "2016-03-01"},
		{"As reported on Friday, February 17, the talks resumed in April 2016. The treaty will expire in 2030.", "2017-02-17"},
		// Nothing fixes the date.
		{"As reported on Friday, February 17, RIA Novosti said.", ""},           // no year written
		{"MOSCOW, March 3 (RIA Novosti) — The minister said so.", ""},           // a dateline without its year
		{"The war began in 2014 and the talks in March 2015 failed.", ""},       // years, but no date of the report
		{"He said on February 17, 2016 that the talks in 2014 had failed.", ""}, // a full date inside a sentence is not a dateline
		{"", ""},
	}
	for _, tt := range tests {
		if got := Published(text.New(tt.src)); got != tt.want {
			t.Errorf("Published(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// seedText and seedGold are the seed article of ../shared/spec/record.md
// and its gold record, which are not in the repository.
const (
	seedText = "../../shared/data/seed/nato-dialogue.txt"
	seedGold = "../../shared/data/seed/nato-dialogue.gold.json"
)

// TestSeed checks the seed article: its publication date is inferred, and
// the five gold times are found with their types and values.
func TestSeed(t *testing.T) {
	src, err := os.ReadFile(seedText)
	if err != nil {
		t.Skipf("seed article not found at %s: %v", seedText, err)
	}
	data, err := os.ReadFile(seedGold)
	if err != nil {
		t.Skipf("seed gold not found at %s: %v", seedGold, err)
	}
	var gold struct {
		Article struct {
			Published string `json:"published"`
		} `json:"article"`
		Times []struct {
			Text, Type, Value string
		} `json:"times"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	doc := text.New(string(src))
	pub := Published(doc)
	if pub != gold.Article.Published {
		t.Errorf("Published = %q, want %q", pub, gold.Article.Published)
	}
	found := map[string]Expr{}
	for _, e := range Find(doc, pub) {
		found[doc.Source[e.Start:e.End]] = e
	}
	if len(gold.Times) == 0 {
		t.Fatal("no gold times")
	}
	for _, g := range gold.Times {
		e, ok := found[g.Text]
		if !ok {
			t.Errorf("%q not found", g.Text)
			continue
		}
		if e.Type != g.Type || e.Value != g.Value {
			t.Errorf("%q = %s %s, want %s %s", g.Text, e.Type, e.Value, g.Type, g.Value)
		}
	}
}
