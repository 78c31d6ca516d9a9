// Command load puts a loopback load on newsgraph serve's search API: many
// clients at once for a while, each asking for the next of a list of
// queries, and reports requests, errors and latency percentiles. With
// -gen N it instead writes N synthetic articles made from the example
// articles as JSON lines for newsgraph ingest, the store to load
// (scripts/load.sh does both).
//
//	go run ./e2e/load -gen 10000 >articles.jsonl
//	go run ./e2e/load -url http://127.0.0.1:8080 -c 200 -d 30s
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server")
	clients := flag.Int("c", 200, "concurrent clients")
	dur := flag.Duration("d", 30*time.Second, "how long to load")
	path := flag.String("path", "/api/search?q=", "the endpoint; each query word is appended")
	timeout := flag.Duration("timeout", 10*time.Second, "time limit of one request")
	gen := flag.Int("gen", 0, "write `N` synthetic articles as JSON lines to stdout instead of loading")
	flag.Parse()
	if *gen > 0 {
		if err := generate(os.Stdout, *gen); err != nil {
			fmt.Fprintln(os.Stderr, "load:", err)
			os.Exit(1)
		}
		return
	}
	words := []string{"reservoir", "sanctions", "harbour", "valley", "minister", "talks", "port", "agreement", "power", "oil",
		"Toktogulov", "quota", "attack", "Geneva", "Bucharest", "river", "summit", "drought", "tariff", "election"}
	tr := &http.Transport{MaxIdleConns: *clients, MaxIdleConnsPerHost: *clients}
	client := &http.Client{Transport: tr, Timeout: *timeout}
	ctx, cancel := context.WithTimeout(context.Background(), *dur)
	defer cancel()
	var (
		mu      sync.Mutex
		lat     []time.Duration
		errs    atomic.Int64
		lastErr atomic.Value
		wg      sync.WaitGroup
	)
	start := time.Now()
	for c := range *clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for i := c; ctx.Err() == nil; i++ {
				t := time.Now()
				resp, err := client.Get(*base + *path + url.QueryEscape(words[i%len(words)]))
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != http.StatusOK {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				if ctx.Err() != nil {
					break
				}
				if err != nil {
					errs.Add(1)
					lastErr.Store(err.Error())
					continue
				}
				mine = append(mine, time.Since(t))
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	el := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	fmt.Printf("%d clients, %s: %d requests (%.0f/s), %d errors; latency p50 %s p95 %s p99 %s max %s\n",
		*clients, el.Round(time.Millisecond), len(lat), float64(len(lat))/el.Seconds(), errs.Load(),
		pct(0.50).Round(time.Microsecond), pct(0.95).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), pct(1).Round(time.Microsecond))
	if e := lastErr.Load(); e != nil {
		fmt.Println("last error:", e)
	}
	if errs.Load() > 0 {
		os.Exit(1)
	}
}
