package storesql

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Migration is one of a store's embedded schema migrations, a file
// migrations/NNNN_what.sql.
type Migration struct {
	Version int    // NNNN
	Name    string // the file's name
	Path    string // its path in the store's file system
}

// Migrations lists the migrations/*.sql files of fsys in the order of
// their names, which start with their numbers.
func Migrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]Migration, 0, len(names))
	for _, name := range names {
		base := path.Base(name)
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s: no number", base)
		}
		out = append(out, Migration{Version: v, Name: base, Path: name})
	}
	return out, nil
}
