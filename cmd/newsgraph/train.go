package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/syntax"
)

func init() {
	commands["train"] = command{"train the tagger or the parser on a CoNLL-U treebank", runTrain}
}

// notice is the attribution every model trained on UD English EWT carries.
const notice = "Trained on the Universal Dependencies English Web Treebank (UD_English-EWT), " +
	"annotations (c) 2013-2021 The Board of Trustees of The Leland Stanford Junior University, " +
	"licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). " +
	"The model is an adaptation of those annotations and is shared under the same licence."

// runTrain implements `newsgraph train tagger|parser [flags]`.
func runTrain(ctx context.Context, m *Main, args []string) error {
	if len(args) == 0 || (args[0] != "tagger" && args[0] != "parser") {
		fmt.Fprintln(m.Stderr, "usage: newsgraph train tagger|parser [flags]\n\nRun 'newsgraph train tagger -h' for the flags.")
		return errUsage
	}
	what := args[0]
	ewt := filepath.Join(defaultData(), "ud-english-ewt")
	fs := flag.NewFlagSet("train "+what, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	trainFile := fs.String("train", filepath.Join(ewt, "en_ewt-ud-train.conllu"), "CoNLL-U `file` to train on")
	devFile := fs.String("dev", filepath.Join(ewt, "en_ewt-ud-dev.conllu"), "CoNLL-U `file` to score the model on, for its manifest")
	out := fs.String("out", filepath.Join("syntax", "model", what+".gz"), "model `file` to write; the manifest goes beside it (.json)")
	taggerFile := fs.String("tagger", filepath.Join("syntax", "model", "tagger.gz"), "tagger model `file` whose tags the parser reads (parser only)")
	epochs := fs.Int("epochs", 0, "passes over the training data (0: the default)")
	seed := fs.Uint64("seed", 1, "seed of shuffling and exploration")
	folds := fs.Int("folds", 0, "folds for jackknifed tags (0: the default)")
	seeds := fs.Int("seeds", 0, "parsers trained with seeds from -seed on and averaged (parser only; 0: the default)")
	corpus := fs.String("corpus", "UD English EWT v2.15", "name of the treebank, for the manifest")
	license := fs.String("license", "CC BY-SA 4.0", "licence of the treebank's annotations, for the manifest")
	quiet := fs.Bool("q", false, "do not print progress")
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "usage: newsgraph train %s [flags]\n\nTrains the %s on a CoNLL-U treebank, reproducibly, and writes the model and its manifest.\n", what, what)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("train: unexpected arguments %q", fs.Args())
	}
	log := m.Stderr
	if *quiet {
		log = io.Discard
	}
	train, trainData, err := readTreebank(*trainFile)
	if err != nil {
		return err
	}
	devGold, devData, err := readTreebank(*devFile)
	if err != nil {
		return err
	}
	dev := trainSentences(devGold)
	start := time.Now()
	var (
		model    *syntax.Model
		file     bytes.Buffer
		manifest syntax.Manifest
	)
	switch what {
	case "tagger":
		fmt.Fprintf(log, "train: tagger on %s (%d sentences)\n", *trainFile, len(train))
		t, err := syntax.TrainTagger(ctx, trainSentences(train), syntax.TaggerOptions{Epochs: *epochs, Seed: *seed, Folds: *folds, Log: log, Dev: dev})
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		if _, err := t.WriteTo(&file); err != nil {
			return fmt.Errorf("train: %w", err)
		}
		manifest = t.Manifest(file.Bytes())
		model, err = syntax.NewModel(t, nil)
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
	case "parser":
		tb, err := os.ReadFile(*taggerFile)
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		t, err := syntax.ReadTagger(bytes.NewReader(tb))
		if err != nil {
			return fmt.Errorf("train: %s: %w", *taggerFile, err)
		}
		fmt.Fprintf(log, "train: parser on %s (%d sentences), tags from %s\n", *trainFile, len(train), *taggerFile)
		p, err := syntax.TrainParser(ctx, trainSentences(train), t, syntax.ParserOptions{Epochs: *epochs, Seed: *seed, Seeds: *seeds, Folds: *folds, Log: log, Dev: dev})
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		if _, err := p.WriteTo(&file); err != nil {
			return fmt.Errorf("train: %w", err)
		}
		manifest = p.Manifest(file.Bytes())
		manifest.Tagger = syntax.Checksum(tb)
		if model, err = syntax.NewModel(t, p); err != nil {
			return fmt.Errorf("train: %w", err)
		}
	}
	elapsed := time.Since(start)
	scores, err := eval.ScoreUD(devGold, eval.ParseGoldTokens(devGold, wordParser(model)))
	if err != nil {
		return fmt.Errorf("train: scoring on %s: %w", *devFile, err)
	}
	manifest.Corpus, manifest.License, manifest.Notice = *corpus, *license, notice
	manifest.Train, manifest.Dev = trainData, devData
	manifest.DevScores = devScores(scores, what == "parser")
	mb, err := manifest.Encode()
	if err != nil {
		return err
	}
	if err := writeFile(*out, file.Bytes()); err != nil {
		return err
	}
	if err := writeFile(manifestPath(*out), mb); err != nil {
		return err
	}
	fmt.Fprintf(log, "train: wrote %s (%d bytes) and its manifest in %s; dev %v\n", *out, file.Len(), elapsed.Round(time.Second), manifest.DevScores)
	return nil
}

// devScores are the scores a manifest records, in percent to two places.
func devScores(s eval.UDScores, parser bool) map[string]float64 {
	pct := func(p eval.PRF) float64 { return math.Round(p.F1*10000) / 100 }
	out := map[string]float64{"UPOS": pct(s.UPOS), "XPOS": pct(s.XPOS), "Lemmas": pct(s.Lemmas)}
	if parser {
		out["UAS"], out["LAS"] = pct(s.UAS), pct(s.LAS)
	}
	return out
}

// manifestPath returns where the manifest of the model file path goes.
func manifestPath(path string) string { return strings.TrimSuffix(path, ".gz") + ".json" }

// readTreebank reads a CoNLL-U file and describes it for a manifest.
func readTreebank(path string) ([]*eval.UDSentence, syntax.Data, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, syntax.Data{}, fmt.Errorf("train: %w", err)
	}
	sents, err := eval.ReadCoNLLU(bytes.NewReader(b), path)
	if err != nil {
		return nil, syntax.Data{}, fmt.Errorf("train: %w", err)
	}
	d := syntax.Data{File: filepath.Base(path), SHA256: syntax.Checksum(b), Sentences: len(sents)}
	for _, s := range sents {
		d.Words += len(s.Words)
	}
	return sents, d, nil
}

// trainSentences converts treebank sentences for training.
func trainSentences(sents []*eval.UDSentence) []syntax.TrainSentence {
	out := make([]syntax.TrainSentence, len(sents))
	for i, s := range sents {
		ws := make([]syntax.TrainWord, len(s.Words))
		for j, w := range s.Words {
			ws[j] = syntax.TrainWord{Form: w.Form, Token: syntax.Token{UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, Head: w.Head - 1, Rel: w.Rel}}
		}
		ts := make([]syntax.TrainToken, len(s.Tokens))
		for j, t := range s.Tokens {
			ts[j] = syntax.TrainToken{Form: t.Form, First: t.First, Last: t.Last, SpaceAfter: t.SpaceAfter}
		}
		out[i] = syntax.TrainSentence{Words: ws, Tokens: ts}
	}
	return out
}

// writeFile writes b to path through a temporary file, so that a failed
// run leaves the old model in place.
func writeFile(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("train: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	return nil
}
