// Package syntax tags, lemmatises and parses the sentences of a text.Doc
// into Universal Dependencies trees, with models trained on UD English EWT
// and embedded in the binary.
//
// It creates: for each sentence, one Token per token of the doc (UPOS and
// Penn Treebank tags, lemma, head and relation), or the UD words behind
// them (Words). It needs: a text.Doc (tokens and sentences).
//
// The tagger is a greedy averaged perceptron in two passes (UPOS, then
// UPOS+XPOS seeing the first pass's tags ahead), with a tag dictionary for
// frequent words; lemmas come from suffix rules and exceptions learned
// from the treebank. The parser is a greedy arc-eager transition parser
// with the root at the end, labelled moves and a non-monotonic DROP that
// mends a wrong SHIFT at the end of a sentence, an averaged perceptron over
// the Zhang and Nivre (2011) features (plus their tag triples over coarse
// universal tags), trained with a dynamic oracle and exploration on
// projectivised trees and jackknifed tags (a word's ambiguity class also
// names the tagger's runner-up tag when it came close); only features seen
// twice along the gold parses get weights, and the embedded parser is the
// average of four trained with different seeds. Features are hashed to
// 32-bit keys; weights are 16-bit integers in an open-addressing table, on
// huge pages where the system has them, with the rows of frequent features
// stored dense. The tagger's two passes share one table, so a feature
// both read is looked up once.
//
// ParseSentence and TagSentence analyse one sentence, for a stage that
// needs the trees of a few: the quote stage parses only where a reported
// clause or a subject is in question.
//
// Model files are gzip-compressed, written by `newsgraph train
// tagger|parser` (the same data, options and seed give the same bytes),
// and described by manifests (model/*.json) that a test checks. Load
// decodes the embedded ones once per process; a Model is read-only and
// safe for concurrent use.
package syntax
