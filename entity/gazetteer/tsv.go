package gazetteer

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
)

// row is one line of a TSV file: tab-separated columns, "-" for an empty
// column.
type row struct {
	file string
	line int
	cols []string
}

func (r row) errorf(format string, args ...any) error {
	return fmt.Errorf("gazetteer: %s:%d: %s", r.file, r.line, fmt.Sprintf(format, args...))
}

// readTSV reads the rows of data/name, each of exactly cols columns.
// Blank lines and lines starting with "#" are skipped; a row with the wrong
// number of columns is reported and skipped.
func readTSV(fsys fs.FS, name string, cols int) ([]row, []error) {
	b, err := fs.ReadFile(fsys, "data/"+name)
	if err != nil {
		return nil, []error{fmt.Errorf("gazetteer: %w", err)}
	}
	var rows []row
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := row{file: name, line: n, cols: strings.Split(line, "\t")}
		if len(r.cols) != cols {
			errs = append(errs, r.errorf("want %d columns, got %d", cols, len(r.cols)))
			continue
		}
		for i, c := range r.cols {
			c = strings.TrimSpace(c)
			if c == "-" {
				c = ""
			}
			r.cols[i] = c
		}
		if r.cols[0] == "" {
			errs = append(errs, r.errorf("empty first column"))
			continue
		}
		rows = append(rows, r)
	}
	return rows, errs
}

// list splits a column of "|"-separated forms.
func list(col string) []string {
	if col == "" {
		return nil
	}
	var out []string
	for _, f := range strings.Split(col, "|") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// nameOf is the canonical name written in a name column: without the "="
// that marks a case-sensitive form.
func nameOf(col string) string { return strings.TrimPrefix(col, "=") }
