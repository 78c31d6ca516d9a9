package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

func init() { evalCorpora["conllu"] = runEvalCoNLLU }

// runEvalCoNLLU implements `newsgraph eval conllu [flags] [FILE]...`: the
// tagger and parser scored on CoNLL-U treebanks, with gold tokenisation
// and from raw text.
func runEvalCoNLLU(ctx context.Context, m *Main, args []string, asJSON bool) error {
	fs := flag.NewFlagSet("eval conllu", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	taggerFile := fs.String("tagger", "", "tagger model `file` (default: the embedded one)")
	parserFile := fs.String("parser", "", "parser model `file` (default: the embedded one)")
	raw := fs.Bool("raw", true, "also score from raw text (the # text lines) with our own tokenisation and sentence splitting")
	fs.BoolVar(&asJSON, "json", asJSON, "print the reports as JSON")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "usage: newsgraph eval conllu [flags] [FILE]...\n\nScores the tagger and parser on CoNLL-U treebanks (CoNLL 2018 metrics), with gold\ntokenisation and from raw text. With no FILE, scores the UD English EWT dev set under\n$NEWSGRAPH_DATA or ../shared/data.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{filepath.Join(defaultData(), "ud-english-ewt", "en_ewt-ud-dev.conllu")}
	}
	model, err := syntaxModel(*taggerFile, *parserFile)
	if err != nil {
		return err
	}
	var reports []*eval.CoNLLUReport
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		var text eval.TextParser
		if *raw {
			text = textParser(model)
		}
		r, err := eval.CoNLLU(f, wordParser(model), text)
		if err != nil {
			return err
		}
		reports = append(reports, r)
	}
	if asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(reports)
	}
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(m.Stdout)
		}
		if err := r.WriteTable(m.Stdout); err != nil {
			return err
		}
	}
	return nil
}

// syntaxModel returns the embedded model, with the tagger or parser read
// from a file where one is named.
func syntaxModel(taggerFile, parserFile string) (*syntax.Model, error) {
	model, err := syntax.Load()
	if err != nil {
		return nil, err
	}
	if taggerFile == "" && parserFile == "" {
		return model, nil
	}
	t, p := model.Tagger(), model.Parser()
	if taggerFile != "" {
		if t, err = readModel(taggerFile, syntax.ReadTagger); err != nil {
			return nil, err
		}
	}
	if parserFile != "" {
		if p, err = readModel(parserFile, syntax.ReadParser); err != nil {
			return nil, err
		}
	}
	return syntax.NewModel(t, p)
}

func readModel[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// wordParser adapts the model to the scorer's gold tokenisation.
func wordParser(model *syntax.Model) eval.WordParser {
	return func(forms []string) []eval.UDWord {
		toks := model.ParseWords(forms)
		out := make([]eval.UDWord, len(toks))
		for i, t := range toks {
			out[i] = udWord(forms[i], t)
		}
		return out
	}
}

// textParser adapts the model, with our tokenizer and sentence splitter,
// to the scorer's raw text: our words, the pieces of one token of ours
// that UD writes as one token (do + n't) forming a multiword token.
func textParser(model *syntax.Model) eval.TextParser {
	return func(src string) []*eval.UDSentence {
		doc := text.New(src)
		var out []*eval.UDSentence
		for _, ws := range model.Words(doc) {
			s := &eval.UDSentence{}
			for i, w := range ws {
				s.Words = append(s.Words, udWord(w.Form, w.Token))
				if k := len(s.Tokens) - 1; w.Multi && i > 0 && ws[i-1].Multi && ws[i-1].First == w.First {
					t := &s.Tokens[k]
					t.Last = i + 1
					t.Form = doc.Source[ws[t.First].Start:w.End]
					continue
				}
				s.Tokens = append(s.Tokens, eval.UDToken{Form: w.Form, First: i, Last: i + 1})
			}
			out = append(out, s)
		}
		return out
	}
}

func udWord(form string, t syntax.Token) eval.UDWord {
	return eval.UDWord{Form: form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Head: t.Head + 1, Rel: t.Rel}
}
