package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// GoldFormat is the format name a gold file must declare.
const GoldFormat = "newsgraph-gold/1"

// GoldArticle is one article of a newsgraph-gold/1 file: names and texts,
// no offsets.
type GoldArticle struct {
	ID        string       `json:"-"` // file name without .gold.json
	Text      string       `json:"-"` // the text file named by TextFile
	Published string       `json:"-"` // article.published, or ""
	Format    string       `json:"format"`
	TextFile  string       `json:"text_file"`
	Article   GoldMeta     `json:"article"`
	Entities  []GoldEntity `json:"entities"`
	Quotes    []GoldQuote  `json:"quotes"`
	Times     []GoldTime   `json:"times"`
	Events    []GoldEvent  `json:"events"`
}

// GoldMeta is the article block of a gold file.
type GoldMeta struct {
	Title     string  `json:"title"`
	Published *string `json:"published"`
}

// GoldEntity is a gold entity: its name and the other texts that refer to it.
type GoldEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

// GoldQuote is a gold quote. Speaker, Via and Place are entity names; Date
// is a TIMEX3 value.
type GoldQuote struct {
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Speaker *string  `json:"speaker"`
	Cue     *string  `json:"cue"`
	Via     []string `json:"via"`
	Date    *string  `json:"date"`
	Place   *string  `json:"place"`
	Setting *string  `json:"setting"`
}

// GoldTime is a gold temporal expression.
type GoldTime struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// GoldEvent is a gold event. Actors and Targets are entity names.
type GoldEvent struct {
	Type    string   `json:"type"`
	Actors  []string `json:"actors"`
	Targets []string `json:"targets"`
	Date    *string  `json:"date"`
	Place   *string  `json:"place"`
}

// ReadGold reads every *.gold.json file in dir with the text file each one
// names, ordered by id. It checks the format and that every quote and time
// text occurs in the article text (white space aside).
func ReadGold(dir string) ([]*GoldArticle, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: gold: %w", err)
	}
	if len(paths) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "eval: gold: no *.gold.json in %s", dir)
	}
	var arts []*GoldArticle
	var errs []error
	for _, p := range paths {
		a, err := readGoldFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	slices.SortFunc(arts, func(a, b *GoldArticle) int { return strings.Compare(a.ID, b.ID) })
	return arts, errors.Join(errs...)
}

func readGoldFile(path string) (*GoldArticle, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: gold: %w", err)
	}
	a := &GoldArticle{ID: strings.TrimSuffix(filepath.Base(path), ".gold.json")}
	if err := json.Unmarshal(b, a); err != nil {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "%s: %v", path, err)
	}
	if a.Format != GoldFormat {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "%s: format %q, want %q", path, a.Format, GoldFormat)
	}
	if a.TextFile == "" {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "%s: no text_file", path)
	}
	t, err := os.ReadFile(filepath.Join(filepath.Dir(path), a.TextFile))
	if err != nil {
		return nil, fmt.Errorf("eval: gold: %s: %w", path, err)
	}
	if !utf8.Valid(t) {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "%s: %s is not UTF-8", path, a.TextFile)
	}
	a.Text = string(t)
	if a.Article.Published != nil {
		a.Published = *a.Article.Published
	}
	f := newFinder(a.Text)
	var errs []error
	for i, q := range a.Quotes {
		if len(f.find(q.Text)) == 0 {
			errs = append(errs, newsgraph.Errorf(newsgraph.EINVALID, "%s: quotes[%d] %q is not in %s", path, i, q.Text, a.TextFile))
		}
	}
	for i, tm := range a.Times {
		if len(f.find(tm.Text)) == 0 {
			errs = append(errs, newsgraph.Errorf(newsgraph.EINVALID, "%s: times[%d] %q is not in %s", path, i, tm.Text, a.TextFile))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return a, nil
}
