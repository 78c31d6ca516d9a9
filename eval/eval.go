// Package eval scores predicted records against annotated corpora: PolNeAR
// attribution relations (brat standoff), our own newsgraph-gold/1 files,
// and TimeML/MEANTIME temporal expressions.
//
// For whole records it never imports the pipeline: the caller hands it an
// Extractor. Stage-level corpora call their stage directly (TimeML and
// MEANTIME score package timex). The same scorers serve `newsgraph eval`
// and the accuracy tests.
//
// # PolNeAR
//
// ReadPolNeAR reads one annotator's .ann per article (the lexicographically
// first). A gold attribution has a source, a cue and a content, each a list
// of fragments (code-point spans); a Content2 role adds its fragments to the
// content. A predicted quote maps onto it as
//
//	source  = quote.speaker_mention
//	cue     = quote.cue
//	content = quote.fragments if present, else quote.span
//
// A record's content is the statement alone; PolNeAR's takes in the
// quotation marks around a quoted fragment (with the punctuation inside the
// closing mark) and the "that" before reported speech. Each predicted
// fragment is widened so before it is compared: over an opening mark just
// before it, then a closing mark just after it or after one or two
// punctuation marks; the first fragment also over a "that" just before
// it. Without this, 482 of the 839 near misses on the dev split were this
// difference alone.
//
// PolNeAR has no nested attributions, while records nest partial quotes
// inside the indirect quotes that contain them. Before scoring, a predicted
// quote is dropped when every character of its content lies within the
// content of another predicted quote (of two quotes with the same content,
// the later one is dropped), and so is a quote whose content covers no
// character. Only the outermost statements remain, as PolNeAR annotates them.
//
// Exact scores compare, per role, the set of distinct predicted spans with
// the set of distinct gold spans over the article: a span is its fragment
// list (empty fragments removed, sorted by start), and two spans match when
// their fragment lists are identical. Several quotes sharing one speaker
// mention count it once.
//
// Lenient content: a gold content is found when one predicted content covers
// at least 30% of its characters (fragments unioned, gaps not counted).
// Pairs are matched one to one, greedily, best coverage first (ties in gold
// order, then record order). Precision = matched predicted / predicted,
// recall = matched gold / gold. Predicted counts are taken after the drop.
//
// Speaker accuracy is measured on the lenient matches: a match is right when
// the predicted speaker mention overlaps the gold source by at least one
// character, or, when the gold relation has no source, when the prediction
// has no speaker mention either.
//
// All scores are micro-averaged: counts are summed over the articles of a
// corpus, then divided; a ratio with a zero denominator is 0. An article
// whose extraction failed (an error, a panic, no record, or a record whose
// article.text is not the input text) is listed with its error and scored as
// an empty prediction, so its gold still counts.
//
// # newsgraph-gold/1
//
// Our own gold files name things instead of giving offsets, and nest
// partial quotes like records do, so nothing is dropped. ScoreGoldArticle
// gives the matching rules.
package eval

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
)

// Input is one article handed to an extractor.
type Input struct{ ID, Text, Published string } // Published "YYYY-MM-DD" or ""

// Extractor produces the record of one article.
type Extractor func(in Input) (*newsgraph.Record, error)

// ArticleError is an article the extractor failed on.
type ArticleError struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// extract runs x on in and checks that the record refers to the input text.
// A panic in x is turned into an error for this article.
func extract(x Extractor, in Input) (rec *newsgraph.Record, err error) {
	defer func() {
		if r := recover(); r != nil {
			rec, err = nil, fmt.Errorf("eval: extractor panicked on %s: %v", in.ID, r)
		}
	}()
	rec, err = x(in)
	if err != nil {
		return nil, err
	}
	if rec == nil {
		return nil, fmt.Errorf("eval: extractor returned no record for %s", in.ID)
	}
	if rec.Article.Text != in.Text {
		return nil, fmt.Errorf("eval: record text of %s differs from the input text (%d vs %d bytes): offsets would be meaningless",
			in.ID, len(rec.Article.Text), len(in.Text))
	}
	return rec, nil
}

// problems collects what is wrong with a corpus, one message each, with
// its position.
type problems []string

func (p *problems) add(format string, args ...any) { *p = append(*p, fmt.Sprintf(format, args...)) }

// err returns nil when p is empty, else one EINVALID error listing p under
// the heading what.
func (p problems) err(what string) error {
	if len(p) == 0 {
		return nil
	}
	return newsgraph.Errorf(newsgraph.EINVALID, "%s: %d problems:\n%s", what, len(p), strings.Join(p, "\n"))
}

// parallel calls f(i) for every i in [0, n) on at most GOMAXPROCS goroutines.
// f must write only to its own slot of any shared result.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
