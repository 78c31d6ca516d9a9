package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/examples"
	nghttp "github.com/newsgraph/newsgraph/http"
	"github.com/newsgraph/newsgraph/ingest"
)

func init() {
	commands["serve"] = command{"serve the JSON API and the web UI over a store", runServe}
}

// runServe implements `newsgraph serve [--db ...] [--addr ...]`.
func runServe(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on; loopback unless told otherwise (port 0 picks a free one)")
	token := fs.String("token", os.Getenv("NEWSGRAPH_TOKEN"), "bearer token that POST /api/articles needs (default $NEWSGRAPH_TOKEN); without one the API is read-only")
	withExamples := fs.Bool("examples", false, "ingest the built-in example articles into the store before serving")
	timeout := fs.Duration("timeout", nghttp.DefaultTimeout, "time limit of one request")
	maxBody := fs.Int64("max-body", nghttp.DefaultMaxBody, "size limit of a request body in bytes")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, `usage: newsgraph serve [flags]

Serves a JSON API (documented at /api/openapi.json) and a web UI over a
store: search, articles, people and organisations, quotes and dyads.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *withExamples {
		if err := ingestExamples(ctx, m, st); err != nil {
			return err
		}
	}
	srv := nghttp.NewServer(st)
	srv.Token, srv.Timeout, srv.MaxBody = *token, *timeout, *maxBody
	srv.Submit = func(ctx context.Context, a nghttp.ArticleInput) (newsgraph.PutResult, error) {
		return submit(ctx, st, a)
	}
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if host, _, _ := net.SplitHostPort(l.Addr().String()); !net.ParseIP(host).IsLoopback() {
		fmt.Fprintf(m.Stderr, "serve: warning: listening on %s, beyond this machine\n", l.Addr())
	}
	mode := "read-only"
	if *token != "" {
		mode = "accepting articles with the token"
	}
	fmt.Fprintf(m.Stdout, "newsgraph serving %s on http://%s/ (%s)\n", *db, l.Addr(), mode)
	return srv.Serve(ctx, l)
}

// ingestExamples stores the built-in example articles the way
// `newsgraph ingest examples` does.
func ingestExamples(ctx context.Context, m *Main, st newsgraph.Store) error {
	dir, err := os.MkdirTemp("", "newsgraph-examples-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.CopyFS(dir, examples.Articles); err != nil {
		return fmt.Errorf("serve: examples: %w", err)
	}
	sum, err := ingest.Run(ctx, ingest.Config{Store: st, NoFetch: true}, []string{dir})
	if err != nil {
		return fmt.Errorf("serve: examples: %w", err)
	}
	fmt.Fprintf(m.Stderr, "examples: %d read, %d new, %d duplicate, %d failed\n", sum.Read, sum.New, sum.Duplicate, sum.Failed)
	return nil
}

// submit stores one submitted article through ingest's own path, so that
// it is decoded, extracted and linked to other articles as ingested ones
// are: the article becomes a JSON file that ingest reads.
func submit(ctx context.Context, st newsgraph.Store, a nghttp.ArticleInput) (newsgraph.PutResult, error) {
	dir, err := os.MkdirTemp("", "newsgraph-submit-")
	if err != nil {
		return newsgraph.PutResult{}, err
	}
	defer os.RemoveAll(dir)
	b, err := json.Marshal(a)
	if err != nil {
		return newsgraph.PutResult{}, err
	}
	path := filepath.Join(dir, "article.json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return newsgraph.PutResult{}, err
	}
	var res *newsgraph.PutResult
	cfg := ingest.Config{Store: st, Workers: 1, BatchSize: 1, NoFetch: true,
		Stored: func(r newsgraph.PutResult) { res = &r }}
	sum, err := ingest.Run(ctx, cfg, []string{path})
	if err != nil {
		return newsgraph.PutResult{}, err
	}
	if len(sum.Failures) > 0 {
		reason := strings.TrimPrefix(sum.Failures[0].Reason, path+": ")
		return newsgraph.PutResult{}, newsgraph.Errorf(newsgraph.EINVALID, "article not stored: %s", reason)
	}
	if res == nil {
		// Read before exactly as it is: ingest skips it unextracted.
		return newsgraph.PutResult{ArticleID: a.ID, Status: newsgraph.PutDuplicate}, nil
	}
	return *res, nil
}
