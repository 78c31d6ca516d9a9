package storesql

import (
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

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

func TestLocals(t *testing.T) {
	l := NewLocals()
	l.Entities["E1"], l.Names["E1"] = "person:ana-reyes", "Ana Reyes"
	l.Entities["E2"], l.Names["E2"] = "organization:reuters", "Reuters"
	l.Names["P1"] = "Port Aurel"
	l.Times["T1"] = "2024-03-05"

	q := l.Quote(&newsgraph.Quote{Text: "The reservoir belongs to the whole valley and cannot wait",
		Speaker: ptr("E1"), Via: []string{"E2", "E9"}, Time: ptr("T1")})
	if q.Speaker == nil || *q.Speaker != "person:ana-reyes" || *q.SpeakerName != "Ana Reyes" || q.Via != `["Reuters"]` ||
		q.Time == nil || *q.Time != "2024-03-05" || q.Statement == nil || *q.Statement == "" {
		t.Errorf("Quote = %+v", q)
	}
	q = l.Quote(&newsgraph.Quote{Text: "No.", Speaker: ptr("E9"), Time: ptr("T9")})
	if q.Speaker != nil || q.SpeakerName != nil || q.Via != `[]` || q.Time != nil || q.Statement != nil {
		t.Errorf("Quote with nothing known = %+v", q)
	}

	r := &newsgraph.Record{}
	v := &newsgraph.Event{Type: "CONSULT", Actors: []string{"E1", "E9"}, Targets: []string{"E2"}, Time: ptr("T1"),
		Place: ptr("P1"), Evidence: []newsgraph.Span{{Text: "met"}, {Text: "talked"}}}
	e := l.Event(r, v)
	want := EventLinks{Key: newsgraph.EventKey("CONSULT", []string{"person:ana-reyes"}, []string{"organization:reuters"}, "2024-03-05"),
		Date: "2024-03-05", Place: "Port Aurel", Evidence: "met"}
	if e != want {
		t.Errorf("Event = %+v, want %+v", e, want)
	}
}
