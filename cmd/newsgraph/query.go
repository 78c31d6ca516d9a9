package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	newsgraph "github.com/newsgraph/newsgraph"
)

func init() {
	commands["query"] = command{"search stored quotes, entities, events, timelines and dyads", runQuery}
}

// queryKinds are the things `newsgraph query` finds.
var queryKinds = map[string]string{
	"quotes":     "quotes, by --text, --speaker, --outlet, --from/--to",
	"statements": "statements reported by several articles, earliest report first, with relays",
	"entities":   "entities merged across articles, by --entity (name, alias or id) and --type",
	"events":     "events linked across articles, by --type, --actor, --target, --outlet, --from/--to",
	"timeline":   "quotes by and events involving --entity (or ENTITY), in date order",
	"dyad":       "events between two actors: --actor A --target B, or A B, either side",
	"articles":   "articles by --text (title and body), --outlet, --from/--to",
}

// runQuery implements `newsgraph query KIND [flags]`.
func runQuery(ctx context.Context, m *Main, args []string) error {
	usage := func() {
		fmt.Fprintln(m.Stderr, "usage: newsgraph query KIND [flags] [ARGS]\n\nkinds:")
		kinds := make([]string, 0, len(queryKinds))
		for k := range queryKinds {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		for _, k := range kinds {
			fmt.Fprintf(m.Stderr, "  %-10s %s\n", k, queryKinds[k])
		}
	}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		usage()
		return fmt.Errorf("query: name what to find")
	}
	kind := args[0]
	if _, ok := queryKinds[kind]; !ok {
		usage()
		return fmt.Errorf("query: unknown kind %q", kind)
	}
	fs := flag.NewFlagSet("query "+kind, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := dbFlag(fs)
	var f newsgraph.Filter
	fs.StringVar(&f.Text, "text", "", "words that must occur (full-text search)")
	fs.StringVar(&f.Speaker, "speaker", "", "speaker: a name, alias or entity id")
	fs.StringVar(&f.Entity, "entity", "", "entity: a name, alias or entity id")
	fs.StringVar(&f.Actor, "actor", "", "event actor: a name, alias or entity id")
	fs.StringVar(&f.Target, "target", "", "event target: a name, alias or entity id")
	fs.StringVar(&f.Type, "type", "", "entity type, or event type (PLOVER) or CAMEO code prefix")
	fs.StringVar(&f.Outlet, "outlet", "", "outlet name")
	fs.StringVar(&f.From, "from", "", "first publication date `YYYY-MM-DD`")
	fs.StringVar(&f.To, "to", "", "last publication date `YYYY-MM-DD`")
	fs.IntVar(&f.Limit, "limit", 100, "at most this many results")
	format := fs.String("format", "table", "output: table, json, jsonl or csv")
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "usage: newsgraph query %s [flags]\n\nFinds %s.\n", kind, queryKinds[kind])
		fs.PrintDefaults()
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if !validFormat(*format) {
		return fmt.Errorf("query: unknown format %q (table, json, jsonl, csv)", *format)
	}
	for _, d := range []string{f.From, f.To} {
		if d != "" && !isDate(d) {
			return fmt.Errorf("query: date %q is not YYYY-MM-DD", d)
		}
	}
	rest := fs.Args()
	switch kind {
	case "timeline":
		if f.Entity == "" && len(rest) == 1 {
			f.Entity = rest[0]
		}
		if f.Entity == "" {
			return fmt.Errorf("query timeline: name an entity")
		}
	case "dyad":
		if f.Actor == "" && f.Target == "" && len(rest) == 2 {
			f.Actor, f.Target = rest[0], rest[1]
		}
		if f.Actor == "" || f.Target == "" {
			return fmt.Errorf("query dyad: name two actors")
		}
		f.Dyad = true
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := find(ctx, st, kind, f)
	if err != nil {
		return err
	}
	return t.write(m.Stdout, *format)
}

func validFormat(f string) bool {
	return f == "table" || f == "json" || f == "jsonl" || f == "csv"
}

func isDate(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && strings.Trim(s[:4]+s[5:7]+s[8:], "0123456789") == ""
}

// find runs one query and lays its answer out as a table.
func find(ctx context.Context, st newsgraph.Store, kind string, f newsgraph.Filter) (*table, error) {
	switch kind {
	case "quotes":
		hits, err := st.Quotes(ctx, f)
		return quoteTable(hits), err
	case "statements":
		hits, err := st.Statements(ctx, f)
		t := &table{cols: []string{"first", "outlets", "speaker", "statement", "relays"}}
		for _, s := range hits {
			var outlets, relays []string
			for _, r := range s.Reports {
				outlets = append(outlets, orDash(r.Outlet))
				if len(r.Via) > 0 {
					relays = append(relays, strings.Join(r.Via, " > "))
				}
			}
			t.add(s, s.Reports[0].Published, strings.Join(outlets, ", "), s.Speaker, s.Text, strings.Join(relays, "; "))
		}
		return t, err
	case "entities":
		hits, err := st.Entities(ctx, f)
		t := &table{cols: []string{"id", "type", "name", "articles", "mentions", "roles"}}
		for _, e := range hits {
			t.add(e, e.ID, e.Type, e.Name, strconv.Itoa(e.Articles), strconv.Itoa(e.Mentions), strings.Join(e.Roles, "; "))
		}
		return t, err
	case "events", "dyad":
		hits, err := st.Events(ctx, f)
		return eventTable(hits), err
	case "articles":
		hits, err := st.Articles(ctx, f)
		t := &table{cols: []string{"id", "published", "outlet", "language", "group", "title"}}
		for _, a := range hits {
			t.add(a, a.ID, a.Published, a.Outlet, a.Language, a.Group, a.Title)
		}
		return t, err
	case "timeline":
		return timeline(ctx, st, f)
	}
	return nil, fmt.Errorf("query: unknown kind %q", kind)
}

func quoteTable(hits []newsgraph.QuoteHit) *table {
	t := &table{cols: []string{"published", "outlet", "speaker", "kind", "quote", "via", "article"}}
	for _, q := range hits {
		t.add(q, q.Published, q.Outlet, q.Speaker, q.Kind, q.Text, strings.Join(q.Via, " > "), q.ArticleID+"/"+q.QuoteID)
	}
	return t
}

func eventTable(hits []newsgraph.EventHit) *table {
	t := &table{cols: []string{"date", "type", "cameo", "actors", "targets", "mentions", "sources", "first report"}}
	for _, e := range hits {
		t.add(e, e.Date, e.Type, e.Cameo, strings.Join(e.Actors, ", "), strings.Join(e.Targets, ", "),
			strconv.Itoa(e.Mentions), strconv.Itoa(e.Sources), e.Articles[0])
	}
	return t
}

// timelineEntry is one line of an entity's timeline.
type timelineEntry struct {
	Date  string              `json:"date"`
	Kind  string              `json:"kind"` // quote or event
	Quote *newsgraph.QuoteHit `json:"quote,omitempty"`
	Event *newsgraph.EventHit `json:"event,omitempty"`
}

// timeline merges an entity's quotes and events in date order.
func timeline(ctx context.Context, st newsgraph.Store, f newsgraph.Filter) (*table, error) {
	qf := f
	qf.Speaker, qf.Entity = f.Entity, ""
	quotes, err := st.Quotes(ctx, qf)
	if err != nil {
		return nil, err
	}
	events, err := st.Events(ctx, f)
	if err != nil {
		return nil, err
	}
	var entries []timelineEntry
	for i := range quotes {
		entries = append(entries, timelineEntry{Date: quotes[i].Published, Kind: "quote", Quote: &quotes[i]})
	}
	for i := range events {
		entries = append(entries, timelineEntry{Date: events[i].Date, Kind: "event", Event: &events[i]})
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Date < entries[j].Date })
	if f.Limit > 0 && len(entries) > f.Limit {
		entries = entries[:f.Limit]
	}
	t := &table{cols: []string{"date", "kind", "what", "source"}}
	for _, e := range entries {
		if e.Quote != nil {
			t.add(e, e.Date, e.Kind, e.Quote.Speaker+": “"+e.Quote.Text+"”", orDash(e.Quote.Outlet)+" "+e.Quote.ArticleID)
		} else {
			v := e.Event
			t.add(e, e.Date, e.Kind, v.Type+" "+strings.Join(v.Actors, ", ")+" → "+strings.Join(v.Targets, ", "),
				fmt.Sprintf("%d reports, first %s", v.Mentions, v.Articles[0]))
		}
	}
	return t, nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// table is a query's answer: rows of text for table and CSV output, and
// the items themselves for JSON.
type table struct {
	cols  []string
	rows  [][]string
	items []any
}

func (t *table) add(item any, cells ...string) {
	t.items = append(t.items, item)
	t.rows = append(t.rows, cells)
}

// write prints the table in a format: table, json, jsonl or csv.
func (t *table) write(w io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if t.items == nil {
			t.items = []any{}
		}
		return enc.Encode(t.items)
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, it := range t.items {
			if err := enc.Encode(it); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(t.cols)
		cw.WriteAll(t.rows)
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(t.cols, "\t")))
	for _, r := range t.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = clip(strings.Join(strings.Fields(c), " "), 80)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
