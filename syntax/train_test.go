package syntax

import (
	"bytes"
	"context"
	"io"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/eval"
)

const trainFile = "../../shared/data/ud-english-ewt/en_ewt-ud-train.conllu"

// readTrain reads the first n sentences of UD English EWT train, or skips.
func readTrain(t *testing.T, n int) []TrainSentence {
	t.Helper()
	if _, err := os.Stat(trainFile); err != nil {
		t.Skipf("UD English EWT train not found at %s: %v", trainFile, err)
	}
	ss, err := eval.ReadCoNLLUFile(trainFile)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]TrainSentence, 0, n)
	for _, s := range ss[:min(n, len(ss))] {
		var ts TrainSentence
		for _, w := range s.Words {
			ts.Words = append(ts.Words, TrainWord{Form: w.Form, Token: Token{UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, Head: w.Head - 1, Rel: w.Rel}})
		}
		for _, tk := range s.Tokens {
			ts.Tokens = append(ts.Tokens, TrainToken{Form: tk.Form, First: tk.First, Last: tk.Last, SpaceAfter: tk.SpaceAfter})
		}
		out = append(out, ts)
	}
	return out
}

// Training twice on the same data with the same seed gives the same
// bytes, and a model reads back as it was written.
func TestTrainingIsDeterministic(t *testing.T) {
	train := readTrain(t, 400)
	ctx := context.Background()
	var files [2][2][]byte
	for run := range files {
		tg, err := TrainTagger(ctx, train, TaggerOptions{Epochs: 2, Folds: 2, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		opt := ParserOptions{Epochs: 2, Folds: 2, Seed: 3}
		if run == 1 {
			// Scoring after each epoch, from parsers trained at once,
			// changes nothing.
			opt.Log, opt.Dev = io.Discard, train[:20]
		}
		p, err := TrainParser(ctx, train, tg, opt)
		if err != nil {
			t.Fatal(err)
		}
		var tb, pb bytes.Buffer
		if _, err := tg.WriteTo(&tb); err != nil {
			t.Fatal(err)
		}
		if _, err := p.WriteTo(&pb); err != nil {
			t.Fatal(err)
		}
		files[run] = [2][]byte{tb.Bytes(), pb.Bytes()}
		// Read back, written again: the same bytes.
		tg2, err := ReadTagger(bytes.NewReader(tb.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		p2, err := ReadParser(bytes.NewReader(pb.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		var tb2, pb2 bytes.Buffer
		tg2.WriteTo(&tb2)
		p2.WriteTo(&pb2)
		if !bytes.Equal(tb.Bytes(), tb2.Bytes()) || !bytes.Equal(pb.Bytes(), pb2.Bytes()) {
			t.Fatal("a model read back writes other bytes")
		}
		m, err := NewModel(tg2, p2)
		if err != nil {
			t.Fatal(err)
		}
		if got := m.ParseWords([]string{"The", "cat", "sat", "."}); len(got) != 4 {
			t.Fatalf("ParseWords: %v", got)
		}
	}
	if !bytes.Equal(files[0][0], files[1][0]) {
		t.Error("two trainings gave different taggers")
	}
	if !bytes.Equal(files[0][1], files[1][1]) {
		t.Error("two trainings gave different parsers")
	}
}

func TestReadCorrupt(t *testing.T) {
	train := readTrain(t, 100)
	tg, err := TrainTagger(context.Background(), train, TaggerOptions{Epochs: 1, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	tg.WriteTo(&b)
	if _, err := ReadParser(bytes.NewReader(b.Bytes())); err == nil {
		t.Error("a tagger read as a parser")
	}
	if _, err := ReadTagger(bytes.NewReader(b.Bytes()[:b.Len()/2])); err == nil {
		t.Error("half a tagger read")
	}
	if _, err := ReadTagger(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("garbage read")
	}
}
