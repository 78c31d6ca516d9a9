package http

import (
	"errors"
	"sync"
)

// errFlightPanic is what waiters get when the call they waited for
// panicked.
var errFlightPanic = errors.New("http: shared call failed")

// flight runs one call per key at a time: a caller asking for a key whose
// call is running waits for that call and shares its result, as
// golang.org/x/sync/singleflight does. Under load many clients ask the
// same search at once; the store answers it once. The zero flight is
// ready to use.
type flight[T any] struct {
	mu    sync.Mutex
	calls map[string]*flightCall[T]
}

type flightCall[T any] struct {
	done chan struct{}
	v    T
	err  error
}

// do returns fn's result for key, running fn unless a call for key is
// already running, and says whether the result was shared.
func (g *flight[T]) do(key string, fn func() (T, error)) (v T, err error, shared bool) {
	g.mu.Lock()
	if c, ok := g.calls[key]; ok {
		g.mu.Unlock()
		<-c.done
		return c.v, c.err, true
	}
	c := &flightCall[T]{done: make(chan struct{})}
	if g.calls == nil {
		g.calls = map[string]*flightCall[T]{}
	}
	g.calls[key] = c
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		delete(g.calls, key)
		g.mu.Unlock()
		close(c.done)
	}()
	c.err = errFlightPanic
	c.v, c.err = fn()
	return c.v, c.err, false
}
