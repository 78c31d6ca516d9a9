package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	newsgraph "github.com/newsgraph/newsgraph"
)

// UserAgent is what newsgraph calls itself on the web.
var UserAgent = "newsgraph/" + newsgraph.Version + " (+https://github.com/newsgraph/newsgraph; news article ingest)"

// Fetcher gets pages and feeds over http(s) with a time limit, a size cap
// and a bounded number of redirects.
type Fetcher struct {
	Client       *http.Client
	MaxBytes     int64         // larger bodies fail; 0 means DefaultMaxBytes
	Timeout      time.Duration // for one fetch, redirects included; 0 means DefaultTimeout
	MaxRedirects int           // 0 means DefaultMaxRedirects
}

// Defaults for a Fetcher's zero fields.
const (
	DefaultMaxBytes     = 16 << 20
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
)

// Page is a fetched body with its final URL and content type.
type Page struct {
	URL         string
	ContentType string
	Body        []byte
}

// NewFetcher returns a Fetcher with its own client and the defaults.
func NewFetcher() *Fetcher {
	f := &Fetcher{}
	dialer := &net.Dialer{Timeout: 10 * time.Second}
	f.Client = &http.Client{
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: 20 * time.Second,
			MaxIdleConnsPerHost:   4,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > f.maxRedirects() {
				return fmt.Errorf("more than %d redirects", f.maxRedirects())
			}
			return nil
		},
	}
	return f
}

func (f *Fetcher) maxRedirects() int {
	if f.MaxRedirects > 0 {
		return f.MaxRedirects
	}
	return DefaultMaxRedirects
}

// Get fetches url. A status other than 200, a body over the cap, a
// timeout or too many redirects is an error naming the URL.
func (f *Fetcher) Get(ctx context.Context, url string) (*Page, error) {
	timeout, max := f.Timeout, f.MaxBytes
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if max <= 0 {
		max = DefaultMaxBytes
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.Client.Do(req)
	if err != nil {
		var uerr interface{ Timeout() bool }
		if errors.As(err, &uerr) && uerr.Timeout() {
			return nil, fmt.Errorf("%s: timed out after %s", url, timeout)
		}
		return nil, fmt.Errorf("fetch %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: HTTP status %s", url, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: reading body: %w", url, err)
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("%s: body larger than %d bytes", url, max)
	}
	return &Page{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}
