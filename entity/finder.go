package entity

import (
	"strings"
	"unicode"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/entity/gazetteer"
	"github.com/newsgraph/newsgraph/text"
)

// finder holds the state of one pass over a document.
type finder struct {
	doc   *text.Doc
	words []string // token texts
	set   *Set
	byKey map[string]int // canonical key -> entity
	// pending are title mentions whose holder is resolved after the scan.
	pending []pendingTitle
	// counts holds how often each capitalised word occurs; see occurrences.
	counts map[string]int
}

func newFinder(doc *text.Doc) *finder {
	f := &finder{doc: doc, set: &Set{doc: doc}, byKey: map[string]int{}}
	f.words = make([]string, len(doc.Tokens))
	for i := range doc.Tokens {
		f.words[i] = doc.TokenText(i)
	}
	return f
}

// scan walks every sentence once, left to right, so that a title or a
// surname always resolves against what came before it.
func (f *finder) scan() {
	for _, s := range f.doc.Sentences {
		for i := s.First; i < s.Last; {
			if n := f.at(i, s); n > 0 {
				i += n
			} else {
				i++
			}
		}
	}
}

// at tries each mention pattern at token i and returns how many tokens the
// mention found there covers, or 0.
func (f *finder) at(i int, s text.Sentence) int {
	if f.doc.Tokens[i].Kind != text.Word {
		return 0
	}
	if n := f.acronymName(i, s.Last); n > 0 {
		return n
	}
	if n := f.namedEvent(i, s.Last); n > 0 {
		return n
	}
	if n := f.title(i, s.Last); n > 0 {
		return n
	}
	if n := f.organization(i, s.Last); n > 0 {
		return n
	}
	if e, n := gazetteer.LongestMatch(f.words[:s.Last], i); n > 0 && !f.longerName(i+n, s.Last) {
		if e.Demonym {
			return n // "Russian" is an adjective, not a mention of Russia
		}
		if e.Capital && !f.locative(i) {
			// "dialogue with Moscow": a capital standing for its state.
			if c, ok := gazetteer.Country(e.Country); ok {
				id := f.gazetteerEntity(c)
				f.add(i, i+n, id, Alias)
				return n
			}
		}
		f.gazetteerMention(i, i+n, e)
		return n
	}
	return f.name(i, s)
}

// gazetteerMention records tokens [i, j) as a mention of a known entity.
func (f *finder) gazetteerMention(i, j int, e gazetteer.Entry) int {
	id := f.gazetteerEntity(e)
	kind := Name
	if !strings.EqualFold(f.span(i, j), e.Name) {
		kind = Alias
	}
	f.add(i, j, id, kind)
	return id
}

func (f *finder) add(i, j, id int, kind MentionKind) {
	f.set.Mentions = append(f.set.Mentions, Mention{Start: f.doc.Tokens[i].Start, End: f.doc.Tokens[j-1].End, Entity: id, Kind: kind})
}

// span returns the source text of tokens [i, j).
func (f *finder) span(i, j int) string {
	return f.doc.Source[f.doc.Tokens[i].Start:f.doc.Tokens[j-1].End]
}

// capitalised reports whether token i is a word starting with an upper-case
// letter.
func (f *finder) capitalised(i int) bool {
	if f.doc.Tokens[i].Kind != text.Word {
		return false
	}
	for _, r := range f.words[i] {
		return unicode.IsUpper(r)
	}
	return false
}

// sentenceInitial reports whether token i starts its sentence (or follows
// an opening quotation mark there), where capitals say nothing.
func (f *finder) sentenceInitial(i int, s text.Sentence) bool {
	j := s.First
	for j < i && f.doc.Tokens[j].Kind != text.Word {
		j++
	}
	return j == i
}

// keyOf normalises a name for matching: lower case, single spaces.
func keyOf(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// entityFor returns the entity of a name, creating it when new.
func (f *finder) entityFor(name string, typ newsgraph.EntityType) int {
	key := keyOf(name)
	if id, ok := f.byKey[key]; ok {
		return id
	}
	id := f.set.NewEntity(name, typ)
	f.byKey[key] = id
	return id
}

// locatives are prepositions after which a place name is a place.
var locatives = toSet(`in at from near outside inside around across to into toward towards via through
	In At From Near Outside Inside Around Across To Into Toward Towards Via Through`)

// locative reports whether token i stands where a place is meant: after a
// locative preposition, or in a dateline ("MOSCOW, March 3") at the start
// of a line.
func (f *finder) locative(i int) bool {
	if i > 0 && locatives[f.words[i-1]] {
		return true
	}
	if f.doc.Tokens[i].Newline || i == 0 {
		return true
	}
	if i+1 < len(f.words) && gazetteer.IsOrgHead(f.words[i+1]) {
		return true // "Moscow City Council" names a body of the city
	}
	return false
}

// longerName reports whether a known name ending before token j runs on
// into an organisation's name: "Baltic Gateway Terminals", "Kiel Harbour
// Authority".
func (f *finder) longerName(j, end int) bool {
	k := j
	for k < end && k < j+4 && f.capitalised(k) && !capitalisedFunctionWords[f.words[k]] {
		if _, n := f.matchTitle(k, end); n > 0 {
			return false // "NATO Secretary General"
		}
		k++
	}
	return k > j && f.hasOrgHead(j, k)
}
