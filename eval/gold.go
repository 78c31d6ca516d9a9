package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
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
// names (beside it), ordered by id. It checks the format and that every
// quote and time text occurs in the article text, white space aside (a
// quote may be split into fragments joined by one space): the
// valid articles are returned with one EINVALID error listing every problem.
// An I/O error stops it, and a dir without gold files is ENOTFOUND.
func ReadGold(dir string) ([]*GoldArticle, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: gold: %w", err)
	}
	if len(paths) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "eval: gold: no *.gold.json in %s", dir)
	}
	var arts []*GoldArticle
	var p problems
	for _, path := range paths {
		a, err := readGoldFile(path, &p)
		if err != nil {
			return nil, err
		}
		if a != nil {
			arts = append(arts, a)
		}
	}
	slices.SortFunc(arts, func(a, b *GoldArticle) int { return strings.Compare(a.ID, b.ID) })
	return arts, p.err("eval: gold: " + dir)
}

// readGoldFile reads one gold file and its text. It adds what is wrong with
// them to p and returns nil; the error is for I/O.
func readGoldFile(path string, p *problems) (*GoldArticle, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: gold: %w", err)
	}
	a := &GoldArticle{ID: strings.TrimSuffix(filepath.Base(path), ".gold.json")}
	if err := json.Unmarshal(b, a); err != nil {
		p.add("%s: %v", path, err)
		return nil, nil
	}
	if a.Format != GoldFormat {
		p.add("%s: format %q, want %q", path, a.Format, GoldFormat)
		return nil, nil
	}
	if a.TextFile == "" {
		p.add("%s: no text_file", path)
		return nil, nil
	}
	t, err := os.ReadFile(filepath.Join(filepath.Dir(path), a.TextFile))
	if errors.Is(err, fs.ErrNotExist) {
		p.add("%s: text_file %s does not exist", path, a.TextFile)
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("eval: gold: %s: %w", path, err)
	}
	if !utf8.Valid(t) {
		p.add("%s: %s is not UTF-8", path, a.TextFile)
		return nil, nil
	}
	a.Text = string(t)
	if a.Article.Published != nil {
		a.Published = *a.Article.Published
	}
	f := newFinder(a.Text)
	bad := len(*p)
	for i, q := range a.Quotes {
		if len(f.findSplit(q.Text)) == 0 {
			p.add("%s: quotes[%d] %q is not in %s", path, i, q.Text, a.TextFile)
		}
	}
	for i, tm := range a.Times {
		if len(f.find(tm.Text)) == 0 {
			p.add("%s: times[%d] %q is not in %s", path, i, tm.Text, a.TextFile)
		}
	}
	if len(*p) > bad {
		return nil, nil
	}
	return a, nil
}
