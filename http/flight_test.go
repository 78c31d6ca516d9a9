package http

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

func TestFlight(t *testing.T) {
	var g flight[int]
	var runs atomic.Int32
	release := make(chan struct{})
	started := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]int, 5)
	wg.Add(1)
	go func() {
		defer wg.Done()
		results[0], _, _ = g.do("k", func() (int, error) {
			runs.Add(1)
			close(started)
			<-release
			return 42, nil
		})
	}()
	<-started
	shared := make([]bool, 5)
	for i := 1; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _, shared[i] = g.do("k", func() (int, error) { runs.Add(1); return 7, nil })
		}()
	}
	// The waiters may not all have arrived; those that did share 42, the
	// others run their own call after it.
	close(release)
	wg.Wait()
	for i, r := range results {
		if shared[i] && r != 42 {
			t.Errorf("caller %d shared %d, want 42", i, r)
		}
	}
	if int(runs.Load()) != 1+countFalse(shared[1:]) {
		t.Errorf("%d calls for %v shared", runs.Load(), shared)
	}
	// A call after the first runs again; errors are shared as they are.
	boom := errors.New("boom")
	if _, err, sh := g.do("k", func() (int, error) { return 0, boom }); err != boom || sh {
		t.Errorf("second call = %v shared %v", err, sh)
	}
}

func countFalse(b []bool) int {
	n := 0
	for _, v := range b {
		if !v {
			n++
		}
	}
	return n
}
