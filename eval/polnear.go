package eval

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// PolNeARArticle is one PolNeAR article with its gold attributions.
type PolNeARArticle struct {
	ID           string        // file name without .txt
	Text         string        // text/<ID>.txt
	Published    string        // from metadata.dev.tsv, or ""
	AnnFile      string        // the .ann file read, relative to the corpus dir
	Attributions []Attribution // in the order of the E lines
}

// Attribution is one gold attribution relation. Each role is a list of
// fragments (code-point spans of the article text), nil when the relation
// lacks it: an Attribution-no-source relation has no Source. A Source role
// is kept wherever it occurs (one dev relation typed Attribution-no-source
// has one).
type Attribution struct {
	ID      string           // the E line's id
	Source  []newsgraph.Span // nil when the text names no source
	Cue     []newsgraph.Span
	Content []newsgraph.Span // Content and Content2 fragments, by start
}

// ReadPolNeAR reads a PolNeAR split: dir/text/*.txt, dir/attributions/*.ann
// (<article>_<annotator>.ann; of several, the lexicographically first) and
// the publication_date column of dir/metadata.dev.tsv (by filename). It
// checks every span against the text in code points and goes on after a bad
// line: the articles are returned with one EINVALID error listing every
// problem found, positioned by file and line. An I/O error stops it, and a
// dir without text/*.txt is ENOTFOUND.
func ReadPolNeAR(dir string) ([]*PolNeARArticle, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("eval: polnear: %w", err)
	}
	if len(texts) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "eval: polnear: no text/*.txt in %s", dir)
	}
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("eval: polnear: %w", err)
	}
	slices.Sort(anns)
	annOf := map[string]string{} // article id -> first .ann path
	for _, p := range anns {
		base := strings.TrimSuffix(filepath.Base(p), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		if _, ok := annOf[base[:i]]; !ok {
			annOf[base[:i]] = p
		}
	}
	dates, err := readPublicationDates(filepath.Join(dir, "metadata.dev.tsv"))
	if err != nil {
		return nil, err
	}

	var p problems
	var arts []*PolNeARArticle
	seen := map[string]bool{}
	slices.Sort(texts)
	for _, tp := range texts {
		id := strings.TrimSuffix(filepath.Base(tp), ".txt")
		seen[id] = true
		ap, ok := annOf[id]
		if !ok {
			p.add("%s: no attributions/%s_*.ann", tp, id)
			continue
		}
		b, err := os.ReadFile(tp)
		if err != nil {
			return nil, fmt.Errorf("eval: polnear: %w", err)
		}
		if !utf8.Valid(b) {
			p.add("%s: not UTF-8", tp)
			continue
		}
		f, err := os.Open(ap)
		if err != nil {
			return nil, fmt.Errorf("eval: polnear: %w", err)
		}
		rel, _ := filepath.Rel(dir, ap)
		attrs, err := parseBrat(rel, string(b), f, &p)
		f.Close()
		if err != nil {
			return nil, err
		}
		arts = append(arts, &PolNeARArticle{ID: id, Text: string(b), Published: dates[id], AnnFile: rel, Attributions: attrs})
	}
	for _, id := range slices.Sorted(maps.Keys(annOf)) {
		if !seen[id] {
			p.add("%s: no text/%s.txt", annOf[id], id)
		}
	}
	slices.SortFunc(arts, func(a, b *PolNeARArticle) int { return strings.Compare(a.ID, b.ID) })
	return arts, p.err("eval: polnear: " + dir)
}

// readPublicationDates maps file names to the publication_date column of a
// PolNeAR metadata file. A missing file gives no dates.
func readPublicationDates(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("eval: polnear: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("eval: polnear: %s: %w", path, err)
	}
	name, date := slices.Index(head, "filename"), slices.Index(head, "publication_date")
	if name < 0 || date < 0 {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "%s: no filename or publication_date column", path)
	}
	dates := map[string]string{}
	for {
		row, err := r.Read()
		if err == io.EOF {
			return dates, nil
		} else if err != nil {
			return nil, fmt.Errorf("eval: polnear: %s: %w", path, err)
		}
		if len(row) > max(name, date) {
			dates[strings.TrimSuffix(row[name], ".txt")] = row[date]
		}
	}
}

// bratSpan is a T line: a typed, possibly discontinuous span.
type bratSpan struct {
	typ   string
	frags []newsgraph.Span
}

// roleTypes gives, for each relation role, the T type it must point to.
var roleTypes = map[string]string{
	"Source":   "Source",
	"Cue":      "Cue",
	"Content":  "Content",
	"Content2": "Content",
}

// parseBrat reads the T and E lines of a PolNeAR .ann file whose spans refer
// to text. Other line kinds (A, R, #...) are skipped. Every problem is added
// to p, positioned by name and line, and parsing goes on; a relation with a
// bad line is left out. The error is for reading r only.
func parseBrat(name, text string, r io.Reader, p *problems) ([]Attribution, error) {
	runes := []rune(text)
	errorf := func(line int, format string, args ...any) {
		p.add("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
	}

	type eLine struct {
		line int
		text string
	}
	spans := map[string]*bratSpan{}
	var rels []eLine
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		switch {
		case strings.HasPrefix(line, "T"):
			id, s, err := parseT(line, runes)
			if err != nil {
				errorf(n, "%v", err)
			} else if spans[id] != nil {
				errorf(n, "%s defined twice", id)
			} else {
				spans[id] = s
			}
		case strings.HasPrefix(line, "E"):
			rels = append(rels, eLine{n, line}) // T lines may come later
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: polnear: %s: %w", name, err)
	}

	var attrs []Attribution
	for _, e := range rels {
		id, args, _ := strings.Cut(e.text, "\t")
		fields := strings.Fields(args)
		if len(fields) == 0 {
			errorf(e.line, "%s has no trigger", id)
			continue
		}
		a, ok := Attribution{ID: id}, true
		for k, f := range fields {
			role, ref, found := strings.Cut(f, ":")
			s := spans[ref]
			want, known := roleTypes[role]
			switch {
			case !found:
				errorf(e.line, "%s: argument %q is not Role:T", id, f)
			case s == nil:
				errorf(e.line, "%s: %s refers to undefined %s", id, role, ref)
			case k == 0:
				if role != "Attribution" && role != "Attribution-no-source" {
					errorf(e.line, "%s: unknown relation type %q", id, role)
				} else if s.typ != role {
					errorf(e.line, "%s: trigger %s is a %s, not a %s", id, ref, s.typ, role)
				} else {
					continue
				}
			case !known:
				errorf(e.line, "%s: unknown role %q", id, role)
			case s.typ != want:
				errorf(e.line, "%s: %s %s is a %s span", id, role, ref, s.typ)
			case role == "Source" && a.Source != nil, role == "Cue" && a.Cue != nil:
				errorf(e.line, "%s: two %s roles", id, role)
			default:
				switch role {
				case "Source":
					a.Source = s.frags
				case "Cue":
					a.Cue = s.frags
				default:
					a.Content = append(a.Content, s.frags...)
				}
				continue
			}
			ok = false
		}
		if ok {
			slices.SortStableFunc(a.Content, func(x, y newsgraph.Span) int { return x.Start - y.Start })
			attrs = append(attrs, a)
		}
	}
	return attrs, nil
}

// parseT parses "T<n>\t<Type> <start> <end>[;<start> <end>...]\t<surface>"
// and checks the offsets against runes: the fragments' texts joined by one
// space must equal the surface.
func parseT(line string, runes []rune) (string, *bratSpan, error) {
	parts := strings.SplitN(line, "\t", 3)
	if len(parts) != 3 {
		return "", nil, fmt.Errorf("want 3 tab-separated fields in a T line, have %d", len(parts))
	}
	id := parts[0]
	typ, offsets, ok := strings.Cut(parts[1], " ")
	if !ok {
		return "", nil, fmt.Errorf("%s: no offsets", id)
	}
	s := &bratSpan{typ: typ}
	texts := []string{}
	for _, frag := range strings.Split(offsets, ";") {
		f := strings.Fields(frag)
		if len(f) != 2 {
			return "", nil, fmt.Errorf("%s: bad fragment %q", id, frag)
		}
		start, err1 := strconv.Atoi(f[0])
		end, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil {
			return "", nil, fmt.Errorf("%s: bad fragment %q", id, frag)
		}
		if start < 0 || start > end || end > len(runes) {
			return "", nil, fmt.Errorf("%s: fragment %d %d outside the text (%d code points)", id, start, end, len(runes))
		}
		t := string(runes[start:end])
		s.frags = append(s.frags, newsgraph.Span{Start: start, End: end, Text: t})
		texts = append(texts, t)
	}
	if got := strings.Join(texts, " "); got != parts[2] {
		return "", nil, fmt.Errorf("%s: offsets %s give %q, the line says %q", id, offsets, got, parts[2])
	}
	return id, s, nil
}
