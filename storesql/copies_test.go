package storesql

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
)

// fakeRows are the rows of a query over candidates given in seq order.
type fakeRows struct {
	rows   [][2]any // minhash, group
	i      int
	closed *bool
}

func (r *fakeRows) Next() bool { r.i++; return r.i <= len(r.rows) }
func (r *fakeRows) Err() error { return nil }
func (r *fakeRows) Close() error {
	*r.closed = true
	return nil
}

func (r *fakeRows) Scan(dest ...any) error {
	*dest[0].(*[]byte) = r.rows[r.i-1][0].([]byte)
	*dest[1].(*string) = r.rows[r.i-1][1].(string)
	return nil
}

func TestNearCopy(t *testing.T) {
	text := strings.Repeat("the council met to discuss the reservoir and the farmers asked for water ", 3)
	sig := newsgraph.MinHash(text)
	same := newsgraph.EncodeMinHash(newsgraph.MinHash("PORT AUREL, May 2 — " + text))
	other := newsgraph.EncodeMinHash(newsgraph.MinHash(strings.Repeat("dock workers walked off the job at the harbour before dawn ", 3)))
	for _, tc := range []struct {
		name       string
		candidates [][2]any // in seq order
		want       string
		queries    []int // the limits asked for
	}{
		{"none", nil, "", []int{1}},
		{"oldest", [][2]any{{same, "a"}, {same, "b"}}, "a", []int{1}},
		{"later", [][2]any{{other, "x"}, {other, "y"}, {same, "b"}, {same, "c"}}, "b", []int{1, CopyCandidates}},
		{"no copy", [][2]any{{other, "x"}, {other, "y"}}, "", []int{1, CopyCandidates}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var limits []int
			closed := true
			got, err := NearCopy(sig, func(q string, args []any) (Rows, error) {
				if !closed {
					t.Error("a query ran before the rows of the last were closed")
				}
				var limit int
				for _, l := range []int{1, CopyCandidates} {
					if strings.HasSuffix(q, " LIMIT "+strconv.Itoa(l)) {
						limit = l
					}
				}
				limits = append(limits, limit)
				if n := strings.Count(q, "?"); n != len(args) || n != 32 {
					t.Errorf("query of %d placeholders with %d arguments, want 32", n, len(args))
				}
				closed = false
				return &fakeRows{rows: tc.candidates[:min(limit, len(tc.candidates))], closed: &closed}, nil
			})
			if err != nil || got != tc.want {
				t.Errorf("NearCopy = %q, %v; want %q", got, err, tc.want)
			}
			if !closed {
				t.Error("rows left open")
			}
			if !slices.Equal(limits, tc.queries) {
				t.Errorf("queries with limits %v, want %v", limits, tc.queries)
			}
		})
	}
	if g, err := NearCopy(nil, nil); g != "" || err != nil {
		t.Errorf("NearCopy of no signature = %q, %v", g, err)
	}
	boom := errors.New("boom")
	if _, err := NearCopy(sig, func(string, []any) (Rows, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Errorf("NearCopy's query error: %v, want boom", err)
	}
}
