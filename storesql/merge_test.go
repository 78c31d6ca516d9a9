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

func TestEventDate(t *testing.T) {
	day, month := "2024-03-05", "2024-03"
	pub := "2024-03-01T10:00:00Z"
	times := map[string]string{"T1": "2024-02-28", "T2": "XXXX-02-28", "T3": "2024-W09"}
	for _, tc := range []struct {
		time      *string
		published *string
		want      string
	}{
		{nil, nil, ""},
		{nil, &pub, "2024-03-01"},
		{ptr("T1"), &pub, "2024-02-28"},
		{ptr("T2"), &pub, "2024-03-01"},
		{ptr("T3"), &pub, "2024-03-01"},
		{ptr("T9"), &month, ""},
		{ptr("T9"), &day, day},
	} {
		r := &newsgraph.Record{Article: newsgraph.Article{Published: tc.published}}
		if got := EventDate(r, &newsgraph.Event{Time: tc.time}, times); got != tc.want {
			t.Errorf("EventDate(%v, %v) = %q, want %q", tc.time, tc.published, got, tc.want)
		}
	}
}

func ptr(s string) *string { return &s }
