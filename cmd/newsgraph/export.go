package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

func init() {
	commands["export"] = command{"write the store out as JSON lines, CSV or GDELT 2.0 event rows", runExport}
}

// all asks a store for every row.
const all = 1 << 30

// runExport implements `newsgraph export --format jsonl|csv|gdelt`.
func runExport(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := dbFlag(fs)
	format := fs.String("format", "jsonl", "jsonl (one record per article), csv, or gdelt (GDELT 2.0 event table, tab-separated)")
	what := fs.String("table", "articles", "for csv: articles, quotes, entities or events")
	out := fs.String("o", "-", "output `file`, - for standard output")
	header := fs.Bool("header", false, "for gdelt: a first line naming the columns (GDELT's own files have none)")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "usage: newsgraph export [flags]\n\nWrites what the store holds: records as JSON lines, a table as CSV, or linked events as GDELT 2.0 event rows.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = m.Stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	switch *format {
	case "jsonl":
		enc := json.NewEncoder(bw)
		err = st.EachRecord(ctx, func(a *newsgraph.StoredArticle) error { return enc.Encode(a.Record) })
	case "csv":
		err = exportCSV(ctx, st, *what, bw)
	case "gdelt":
		err = exportGDELT(ctx, st, bw, *header)
	default:
		return fmt.Errorf("export: unknown format %q (jsonl, csv, gdelt)", *format)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return bw.Flush()
}

// exportCSV writes one table as CSV with a header line.
func exportCSV(ctx context.Context, st newsgraph.Store, what string, w io.Writer) error {
	var t *table
	var err error
	f := newsgraph.Filter{Limit: all}
	switch what {
	case "articles":
		t = &table{cols: []string{"id", "published", "modified", "outlet", "url", "language", "extracted", "revision", "group", "title"}}
		err = st.EachRecord(ctx, func(a *newsgraph.StoredArticle) error {
			r := a.Record.Article
			mod := ""
			if a.Modified != nil {
				mod = *a.Modified
			}
			t.add(nil, r.ID, deref(r.Published), mod, deref(r.Outlet), deref(r.URL), r.Language,
				strconv.FormatBool(a.Extracted), strconv.Itoa(a.Revision), a.Group, r.Title)
			return nil
		})
	case "quotes", "entities", "events":
		t, err = find(ctx, st, what, f)
	default:
		return fmt.Errorf("unknown table %q (articles, quotes, entities, events)", what)
	}
	if err != nil {
		return err
	}
	return t.write(w, "csv")
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// gdeltColumns are the 61 columns of the GDELT 2.0 event table.
var gdeltColumns = strings.Fields(`GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL`)

// gdeltRow returns an event as a GDELT 2.0 event row. Fields newsgraph
// does not know (actor codes, tone, coordinates) are empty, as GDELT
// leaves unknown fields.
func gdeltRow(e *newsgraph.EventHit) []string {
	row := make([]string, len(gdeltColumns))
	set := func(name, v string) {
		for i, c := range gdeltColumns {
			if c == name {
				row[i] = v
				return
			}
		}
		panic("gdelt: no column " + name)
	}
	id, _ := strconv.ParseUint(strings.TrimPrefix(e.ID, "ev:"), 16, 64)
	set("GLOBALEVENTID", strconv.FormatUint(id>>11, 10))
	if len(e.Date) == 10 {
		d := strings.ReplaceAll(e.Date, "-", "")
		set("SQLDATE", d)
		set("MonthYear", d[:6])
		set("Year", d[:4])
		y, _ := strconv.Atoi(d[:4])
		mo, _ := strconv.Atoi(d[4:6])
		day, _ := strconv.Atoi(d[6:])
		set("FractionDate", strconv.FormatFloat(float64(y)+float64((mo-1)*30+day)/365, 'f', 4, 64))
	}
	set("Actor1Name", strings.ToUpper(strings.Join(e.Actors, "; ")))
	set("Actor2Name", strings.ToUpper(strings.Join(e.Targets, "; ")))
	set("IsRootEvent", "1")
	if c := e.Cameo; c != "" {
		set("EventCode", c)
		set("EventBaseCode", c[:min(3, len(c))])
		set("EventRootCode", c[:min(2, len(c))])
	}
	set("QuadClass", strconv.Itoa(e.QuadClass))
	set("GoldsteinScale", strconv.FormatFloat(e.Goldstein, 'f', 1, 64))
	set("NumMentions", strconv.Itoa(e.Mentions))
	set("NumSources", strconv.Itoa(e.Sources))
	set("NumArticles", strconv.Itoa(len(e.Articles)))
	if e.Place != "" {
		set("ActionGeo_FullName", e.Place)
	}
	if p := e.Published; len(p) >= 10 {
		set("DATEADDED", strings.ReplaceAll(p[:10], "-", "")+"000000")
	}
	src := e.URL
	if src == "" && len(e.Articles) > 0 {
		src = e.Articles[0]
	}
	set("SOURCEURL", src)
	return row
}

// exportGDELT writes every linked event as a tab-separated GDELT row.
func exportGDELT(ctx context.Context, st newsgraph.Store, w io.Writer, header bool) error {
	events, err := st.Events(ctx, newsgraph.Filter{Limit: all})
	if err != nil {
		return err
	}
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	if header {
		if _, err := fmt.Fprintln(w, strings.Join(gdeltColumns, "\t")); err != nil {
			return err
		}
	}
	for i := range events {
		row := gdeltRow(&events[i])
		for k := range row {
			row[k] = clean.Replace(row[k])
		}
		if _, err := fmt.Fprintln(w, strings.Join(row, "\t")); err != nil {
			return err
		}
	}
	return nil
}
