package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/event"
	"github.com/newsgraph/newsgraph/extract"
)

// maxInput bounds what extract reads of one file or stdin.
const maxInput = 256 << 20

// runExtract implements `newsgraph extract [flags] FILE|- ...`.
func runExtract(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` of the article")
	id := fs.String("id", "", "article `id` (default: a hash of the text)")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	jsonl := fs.Bool("jsonl", false, "read JSON lines {id, title, text, published} from stdin, print one record per line")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles processed at once")
	dictDir := fs.String("dictionaries", "", "`dir` of PETRARCH/Phoenix actor and verb dictionaries for event coding")
	parse := fs.Bool("parse", true, "use the dependency parser to find statements; --parse=false is several times faster, slightly less exact")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "usage: newsgraph extract [flags] FILE|- [FILE...]\n\nPrints the record of each article as JSON (one per line for several).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	var dicts *event.Dictionaries
	if *dictDir != "" {
		d, err := event.LoadDictionaries(*dictDir)
		if err != nil {
			return fmt.Errorf("extract: --dictionaries: %w", err)
		}
		dicts = d
	}
	if *jsonl {
		return extractJSONL(ctx, m, *workers, dicts, !*parse)
	}
	files := fs.Args()
	if len(files) == 0 {
		fs.Usage()
		return fmt.Errorf("extract: name a file, or - for standard input")
	}
	if len(files) == 1 {
		in, err := readInput(m, files[0])
		if err != nil {
			return err
		}
		in.ID, in.Published, in.Dictionaries, in.Patterns = *id, *published, dicts, !*parse
		r, err := extract.Article(in)
		if err != nil {
			return fmt.Errorf("%s: %w", files[0], err)
		}
		return writeRecord(m.Stdout, r, *pretty)
	}
	if *id != "" {
		return fmt.Errorf("extract: --id names one article; several files were given")
	}
	jobs := make([]func() (*newsgraph.Record, error), len(files))
	for i, name := range files {
		jobs[i] = func() (*newsgraph.Record, error) {
			in, err := readInput(m, name)
			if err != nil {
				return nil, err
			}
			in.Published, in.Dictionaries, in.Patterns = *published, dicts, !*parse
			r, err := extract.Article(in)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			return r, nil
		}
	}
	return runOrdered(ctx, m, jobs, *workers, *pretty)
}

// readInput reads a file, or stdin for "-", refusing more than maxInput.
func readInput(m *Main, name string) (extract.Input, error) {
	var r io.Reader
	if name == "-" {
		r = m.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return extract.Input{}, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return extract.Input{}, fmt.Errorf("%s: is a directory", name)
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return extract.Input{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxInput {
		return extract.Input{}, fmt.Errorf("%s: larger than %d MiB", name, maxInput>>20)
	}
	return extract.Input{Text: b}, nil
}

// jsonlInput is one line of --jsonl input.
type jsonlInput struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

// extractJSONL reads JSON lines from stdin and prints a record per line, in
// input order, using all workers. A bad line is reported with its number
// and the rest go on; the command then fails.
func extractJSONL(ctx context.Context, m *Main, workers int, dicts *event.Dictionaries, patterns bool) error {
	sc := bufio.NewScanner(m.Stdin)
	sc.Buffer(make([]byte, 1<<20), maxInput)
	var jobs []func() (*newsgraph.Record, error)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var in jsonlInput
		err := json.Unmarshal(sc.Bytes(), &in)
		n := line
		jobs = append(jobs, func() (*newsgraph.Record, error) {
			if err != nil {
				return nil, fmt.Errorf("stdin line %d: %w", n, err)
			}
			r, err := extract.Article(extract.Input{ID: in.ID, URL: in.URL, Outlet: in.Outlet, Title: in.Title, Published: in.Published, Text: []byte(in.Text), Dictionaries: dicts, Patterns: patterns})
			if err != nil {
				return nil, fmt.Errorf("stdin line %d: %w", n, err)
			}
			return r, nil
		})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("stdin: %w", err)
	}
	return runOrdered(ctx, m, jobs, workers, false)
}

// runOrdered runs jobs on workers goroutines and prints each record on a
// line in job order. Failed jobs are reported on stderr as they come; the
// result is an error if any failed.
func runOrdered(ctx context.Context, m *Main, jobs []func() (*newsgraph.Record, error), workers int, pretty bool) error {
	type result struct {
		r   *newsgraph.Record
		err error
	}
	if workers < 1 {
		workers = 1
	}
	results := make([]chan result, len(jobs))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r, err := jobs[i]()
				results[i] <- result{r, err}
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range jobs {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	failed := 0
	out := bufio.NewWriter(m.Stdout)
	for i := range jobs {
		var res result
		select {
		case res = <-results[i]:
		case <-ctx.Done():
			out.Flush()
			wg.Wait()
			return ctx.Err()
		}
		if res.err != nil {
			failed++
			fmt.Fprintln(m.Stderr, "newsgraph:", res.err)
			continue
		}
		if err := writeRecord(out, res.r, pretty); err != nil {
			return err
		}
	}
	wg.Wait()
	if err := out.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d articles failed", failed, len(jobs))
	}
	return nil
}

func writeRecord(w io.Writer, r *newsgraph.Record, pretty bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(r)
}
