package storesql

import (
	"errors"
	"slices"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

func TestChooseEntity(t *testing.T) {
	e := &newsgraph.Entity{ID: "E1", Name: "Mr. Jens Stoltenberg", Type: newsgraph.Person,
		Roles: []newsgraph.Role{{Title: "Secretary General"}, {Title: ""}, {Title: "Secretary General"}}}
	if got := RoleTitles(e); !slices.Equal(got, []string{"Secretary General"}) {
		t.Errorf("RoleTitles = %q", got)
	}
	known := map[string][]string{
		"person\x00jens stoltenberg":  {"person:j-stoltenberg", "person:b"},
		"person\x00stoltenberg":       {"person:b", "person:a"},
		"organization\x00stoltenberg": {"organization:x"},
	}
	if got := Candidates(e, []string{"jens stoltenberg", "stoltenberg"}, known); !slices.Equal(got, []string{"person:a", "person:b", "person:j-stoltenberg"}) {
		t.Errorf("Candidates = %q", got)
	}
	roles := map[string]bool{"person:a": true, "person:b": true}
	hasRole := func(id, title string) (bool, error) { return roles[id] && title == "Secretary General", nil }
	for _, tc := range []struct {
		name  string
		cands []string
		want  string
	}{
		{"none", nil, "person:jens-stoltenberg"},
		{"own name", []string{"person:a", "person:jens-stoltenberg"}, "person:jens-stoltenberg"},
		{"only one", []string{"person:z"}, "person:z"},
		{"one with the title", []string{"person:a", "person:z"}, "person:a"},
		{"several with the title", []string{"person:a", "person:b"}, "person:jens-stoltenberg"},
		{"none with the title", []string{"person:y", "person:z"}, "person:jens-stoltenberg"},
	} {
		if got, err := ChooseEntity(e, tc.cands, hasRole); err != nil || got != tc.want {
			t.Errorf("%s: ChooseEntity(%q) = %q, %v; want %q", tc.name, tc.cands, got, err, tc.want)
		}
	}
	boom := errors.New("boom")
	if _, err := ChooseEntity(e, []string{"person:y", "person:z"}, func(string, string) (bool, error) { return false, boom }); !errors.Is(err, boom) {
		t.Errorf("ChooseEntity's hasRole error: %v, want boom", err)
	}
}
