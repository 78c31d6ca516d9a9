package storesql

import (
	"testing"
	"testing/fstest"
)

func TestMigrations(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/0002_search.sql": {Data: []byte("")},
		"migrations/0001_schema.sql": {Data: []byte("")},
		"migrations/README":          {Data: []byte("")},
	}
	ms, err := Migrations(fsys)
	if err != nil || len(ms) != 2 || ms[0] != (Migration{1, "0001_schema.sql", "migrations/0001_schema.sql"}) || ms[1].Version != 2 {
		t.Errorf("Migrations = %+v, %v", ms, err)
	}
	fsys["migrations/schema.sql"] = &fstest.MapFile{}
	if _, err := Migrations(fsys); err == nil || err.Error() != "migration schema.sql: no number" {
		t.Errorf("Migrations with an unnumbered file: %v", err)
	}
}
