package ingest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/sqlite"
)

// vocabulary for generated articles.
var vocabulary = strings.Fields(`council harbour ferry bridge reservoir market library school station plant farmers
traders workers teachers drivers budget plan vote meeting report inquiry court police storm flood drought fire road
rail port island valley town city county region minister mayor director manager union company board committee
water power bread fish grain timber steel coal money taxes fees rents wages prices week month year spring summer
autumn winter morning evening opened closed raised cut approved rejected delayed announced promised warned asked`)

var names = []string{"Mira Holt", "Karl Brandt", "Eva Lind", "Tomas Berg", "Lena Voss", "Pia Sorensen", "Ole Dam", "Ana Ruiz"}

// corpus writes n generated articles as JSON lines and returns their ids.
func corpus(t *testing.T, path string, n int) []string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	rng := rand.New(rand.NewSource(1))
	ids := make([]string, n)
	for i := range n {
		var b strings.Builder
		for s := range 12 {
			name := names[rng.Intn(len(names))]
			words := make([]string, 10+rng.Intn(8))
			for k := range words {
				words[k] = vocabulary[rng.Intn(len(vocabulary))]
			}
			if s%4 == 1 {
				fmt.Fprintf(&b, "“The %s must %s,” said %s. ", words[0], strings.Join(words[1:], " "), name)
			} else {
				fmt.Fprintf(&b, "%s said the %s %s. ", name, words[0], strings.Join(words[1:], " "))
			}
		}
		ids[i] = fmt.Sprintf("gen-%05d", i)
		line, _ := json.Marshal(map[string]string{"id": ids[i], "title": fmt.Sprintf("Story %d", i), "text": b.String(),
			"outlet": fmt.Sprintf("Outlet %d", i%7), "published": fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)})
		w.Write(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestKillChild is the ingest that TestKill starts in a process of its
// own and kills; it does nothing in a normal run.
func TestKillChild(t *testing.T) {
	db, src := os.Getenv("NEWSGRAPH_KILL_DB"), os.Getenv("NEWSGRAPH_KILL_SOURCE")
	if db == "" {
		t.Skip("run by TestKill")
	}
	store, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	cfg := ingest.Config{Store: store, BatchSize: 16, Stored: func(r newsgraph.PutResult) {
		fmt.Printf("ack %s\n", r.ArticleID)
	}}
	if _, err := ingest.Run(context.Background(), cfg, []string{src}); err != nil {
		t.Fatal(err)
	}
}

// TestKill kills an ingest with SIGKILL after some articles were
// acknowledged, checks that none of them is lost, and reruns the command
// to completion.
func TestKill(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	const n, killAfter = 1200, 100
	dir := t.TempDir()
	src, dbPath := filepath.Join(dir, "big.jsonl"), filepath.Join(dir, "store.db")
	ids := corpus(t, src, n)
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.v")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_KILL_DB="+dbPath, "NEWSGRAPH_KILL_SOURCE="+src)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if id, ok := strings.CutPrefix(sc.Text(), "ack "); ok {
			acked = append(acked, id)
			if len(acked) == killAfter {
				cmd.Process.Kill() // SIGKILL
				break
			}
		}
	}
	cmd.Wait()
	if len(acked) < killAfter {
		t.Fatalf("the child acknowledged %d articles before ending", len(acked))
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, _ := db.Stats(ctx)
	if st.Articles >= n {
		t.Fatalf("the child stored all %d articles before the kill; nothing was tested", st.Articles)
	}
	for _, id := range acked {
		if _, err := db.Article(ctx, id); err != nil {
			t.Errorf("acknowledged article %s lost: %v", id, err)
		}
	}
	sum, err := ingest.Run(ctx, ingest.Config{Store: db}, []string{src})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New+sum.Duplicate != n || sum.Duplicate < len(acked) || sum.Failed != 0 {
		t.Errorf("rerun: %+v, want %d new or duplicate, at least %d duplicate", sum, n, len(acked))
	}
	st, _ = db.Stats(ctx)
	if st.Articles != n || st.Revisions != n {
		t.Errorf("after the rerun: %d articles, %d revisions; want %d", st.Articles, st.Revisions, n)
	}
	for _, id := range []string{ids[0], ids[n/2], ids[n-1]} {
		if _, err := db.Article(ctx, id); err != nil {
			t.Error(err)
		}
	}
	t.Logf("killed after %d acknowledged (%d stored); the rerun stored %d in %s", len(acked), n-sum.New, sum.New, sum.Elapsed)
}
