package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestGenerate(t *testing.T) {
	var a, b bytes.Buffer
	if err := generate(&a, 60); err != nil {
		t.Fatal(err)
	}
	if err := generate(&b, 30); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(a.Bytes(), b.Bytes()) {
		t.Error("the first 30 of 60 articles differ from 30 articles")
	}
	exs, err := loadExamples()
	if err != nil {
		t.Fatal(err)
	}
	ids, outlets, dates := map[string]bool{}, map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(&a)
	sc.Buffer(nil, 1<<20)
	for i := 0; sc.Scan(); i++ {
		var g genArticle
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if g.ID == "" || g.Title == "" || g.Text == "" || g.Outlet == "" || g.URL == "" {
			t.Errorf("line %d: a field is empty: %+v", i+1, g)
		}
		ids[g.ID], outlets[g.Outlet], dates[g.Published] = true, true, true
		day, err := time.Parse("2006-01-02", g.Published)
		if err != nil || day.Before(genFrom) || !day.Before(genFrom.AddDate(0, 0, genDays)) {
			t.Errorf("%s: published %q is not in the two years from %s", g.ID, g.Published, genFrom.Format("2006-01-02"))
		}
		ex := exs[i%len(exs)]
		if !strings.HasPrefix(g.Title, ex.headline+" (No. ") {
			t.Errorf("%s: title %q is not the headline of %s and a number", g.ID, g.Title, ex.name)
		}
		if w := weekdayRe.FindString(g.Text); ex.named && w != day.Weekday().String() {
			t.Errorf("%s: published on a %s, but the text says %s", g.ID, day.Weekday(), w)
		}
		if datelineMD.MatchString(ex.body) || datelineDMY.MatchString(ex.body) {
			head, _, _ := strings.Cut(g.Text, "—")
			if !strings.Contains(head, day.Format("January 2")) && !strings.Contains(head, day.Format("2 January 2006")) {
				t.Errorf("%s: the dateline %q is not dated %s", g.ID, head, g.Published)
			}
		}
	}
	if len(ids) != 60 || len(outlets) < 6 || len(dates) < 40 {
		t.Errorf("%d ids, %d outlets, %d dates in 60 articles: want 60 ids and a spread", len(ids), len(outlets), len(dates))
	}
}
