package syntax

// Token is the syntax of one token of a text.Doc, or of one word.
type Token struct {
	UPOS  string // universal part of speech: NOUN, VERB, PROPN...
	XPOS  string // Penn Treebank tag: NN, VBD, NNP...
	Lemma string
	// Head is the index, within the sentence, of the token this one
	// depends on; -1 for the root of the sentence.
	Head int
	Rel  string // universal dependency relation to the head, with subtype: nsubj, obl:tmod...
}

// Word is one syntactic word in the sense of Universal Dependencies. Most
// words are one token of ours; a token may hold several (don't = do + n't,
// well-known = well - known), and a word may take two tokens (Dr + . =
// Dr.).
type Word struct {
	Form string // the word as written
	// Start and End are byte offsets of Form in the source.
	Start, End int
	// First and Last are the tokens of the doc the word lies in,
	// Tokens[First:Last].
	First, Last int
	// Multi reports that the word is one of several written as one token
	// in UD (do + n't), as opposed to a piece split off by hyphens.
	Multi bool
	// Token holds the analysis; its Head is an index among the sentence's
	// words.
	Token
}

// TrainSentence is one sentence of a treebank, as training reads it.
type TrainSentence struct {
	Words  []TrainWord
	Tokens []TrainToken // the surface tokens, in order, covering Words
}

// TrainWord is one word of a treebank with its gold analysis; Head is an
// index into the sentence's Words, -1 for the root.
type TrainWord struct {
	Form string
	Token
}

// TrainToken is one surface token of a treebank: Words[First:Last] of its
// sentence, more than one for a multiword token.
type TrainToken struct {
	Form        string
	First, Last int
	SpaceAfter  bool
}

// forms returns the forms of the words of s.
func (s *TrainSentence) forms() []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}
