package syntax

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// lemmatizer finds lemmas from a word and its XPOS tag by suffix rules
// and an exception table, both learned from the treebank.
//
// A rule is an edit script (cut n runes from the end, add a string) keyed
// by the tag and a suffix of the lowercased word of up to maxSuffix runes;
// the longest suffix known wins. The table holds the words the rules get
// wrong. Tags whose lemmas keep the word's case (NNP) edit the word as
// written, others its lower case.
type lemmatizer struct {
	tags       []string // XPOS, the index is the tag number used below
	keepCase   []bool
	rules      map[lemmaKey]edit
	exceptions map[lemmaKey]string
}

type lemmaKey struct {
	s   string // a suffix or a lowercased word
	tag uint8
}

type edit struct {
	cut uint8
	add string
}

const maxSuffix = 5

// lemma returns the lemma of form tagged with tag number tag.
func (l *lemmatizer) lemma(form string, tag int) string {
	if tag < 0 || tag >= len(l.tags) {
		return form
	}
	low := form
	if hasUpper(form) {
		low = strings.ToLower(form)
	}
	if x, ok := l.exceptions[lemmaKey{low, uint8(tag)}]; ok {
		return x
	}
	base := low
	if l.keepCase[tag] {
		base = form
	}
	n := utf8.RuneCountInString(low)
	for k := min(maxSuffix, n); k >= 0; k-- {
		if e, ok := l.rules[lemmaKey{low[lastRunes(low, k):], uint8(tag)}]; ok {
			return e.apply(base)
		}
	}
	return base
}

func (e edit) apply(s string) string {
	if e.cut == 0 && e.add == "" {
		return s
	}
	i := lastRunes(s, int(e.cut))
	if i < 0 {
		return s
	}
	return s[:i] + e.add
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s) != s
		}
	}
	return false
}

// editFor returns the script that turns base into lemma.
func editFor(base, lemma string) edit {
	p := 0 // common prefix, in bytes of whole runes
	for p < len(base) && p < len(lemma) {
		r1, n1 := utf8.DecodeRuneInString(base[p:])
		r2, n2 := utf8.DecodeRuneInString(lemma[p:])
		if r1 != r2 || n1 != n2 {
			break
		}
		p += n1
	}
	return edit{cut: uint8(min(utf8.RuneCountInString(base[p:]), 255)), add: lemma[p:]}
}

// learnLemmatizer learns rules and exceptions from the gold words of
// train; tags lists the XPOS tags in tag-number order.
func learnLemmatizer(train []TrainSentence, tags []string) *lemmatizer {
	tagNum := map[string]int{}
	for i, t := range tags {
		tagNum[t] = i
	}
	l := &lemmatizer{tags: tags, keepCase: make([]bool, len(tags)), rules: map[lemmaKey]edit{}, exceptions: map[lemmaKey]string{}}
	// Case: does a capitalised word keep its capital in the lemma?
	keep, drop := make([]int, len(tags)), make([]int, len(tags))
	type typ struct {
		form, lemma string
		tag         int
	}
	types := map[typ]int{}
	for _, s := range train {
		for _, w := range s.Words {
			t, ok := tagNum[w.XPOS]
			if !ok || w.Lemma == "" || w.Lemma == "_" {
				continue
			}
			if hasUpper(w.Form) {
				if w.Lemma == strings.ToLower(w.Lemma) {
					drop[t]++
				} else {
					keep[t]++
				}
			}
			types[typ{w.Form, w.Lemma, t}]++
		}
	}
	for t := range tags {
		l.keepCase[t] = keep[t] > drop[t]
	}
	// Rules: for each tag and suffix, the commonest script over word types.
	votes := map[lemmaKey]map[edit]int{}
	best := map[lemmaKey]map[string]int{} // lowercased word and tag -> lemma counts
	for ty, n := range types {
		low := strings.ToLower(ty.form)
		base := low
		if l.keepCase[ty.tag] {
			base = ty.form
		}
		e := editFor(base, ty.lemma)
		for k := 0; k <= min(maxSuffix, utf8.RuneCountInString(low)); k++ {
			key := lemmaKey{low[lastRunes(low, k):], uint8(ty.tag)}
			if votes[key] == nil {
				votes[key] = map[edit]int{}
			}
			votes[key][e]++
		}
		key := lemmaKey{low, uint8(ty.tag)}
		if best[key] == nil {
			best[key] = map[string]int{}
		}
		best[key][ty.lemma] += n
	}
	top := map[lemmaKey]edit{}
	for key, vs := range votes {
		top[key] = topOf(vs, func(a, b edit) int {
			return cmp.Or(cmp.Compare(a.cut, b.cut), strings.Compare(a.add, b.add))
		})
	}
	// Keep a rule only where it differs from the rule of its suffix one
	// rune shorter: the longest-suffix lookup then gives the same answers.
	for key, e := range top {
		if key.s != "" {
			_, size := utf8.DecodeRuneInString(key.s)
			if parent, ok := top[lemmaKey{key.s[size:], key.tag}]; ok && parent == e {
				continue
			}
		}
		l.rules[key] = e
	}
	for key, lemmas := range best {
		lemma := topOf(lemmas, strings.Compare)
		// The exception applies to every casing of the word; where the
		// lemma keeps the case, rules do better.
		if l.keepCase[key.tag] {
			continue
		}
		if l.lemma(key.s, int(key.tag)) != lemma {
			l.exceptions[key] = lemma
		}
	}
	return l
}

// topOf returns the key with the highest count, the least by less on ties.
func topOf[K comparable](counts map[K]int, compare func(a, b K) int) K {
	var best K
	n := -1
	for k, c := range counts {
		if c > n || (c == n && compare(k, best) < 0) {
			best, n = k, c
		}
	}
	return best
}

func (l *lemmatizer) encode(e *enc) {
	e.strings(l.tags)
	for _, k := range l.keepCase {
		if k {
			e.uvarint(1)
		} else {
			e.uvarint(0)
		}
	}
	keys := sortedKeys(l.rules)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.string(k.s)
		e.uvarint(uint64(k.tag))
		e.uvarint(uint64(l.rules[k].cut))
		e.string(l.rules[k].add)
	}
	keys = sortedKeys(l.exceptions)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.string(k.s)
		e.uvarint(uint64(k.tag))
		e.string(l.exceptions[k])
	}
}

func sortedKeys[V any](m map[lemmaKey]V) []lemmaKey {
	keys := make([]lemmaKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b lemmaKey) int { return cmp.Or(cmp.Compare(a.tag, b.tag), strings.Compare(a.s, b.s)) })
	return keys
}

func decodeLemmatizer(d *dec) *lemmatizer {
	l := &lemmatizer{tags: d.strings(), rules: map[lemmaKey]edit{}, exceptions: map[lemmaKey]string{}}
	l.keepCase = make([]bool, len(l.tags))
	for i := range l.keepCase {
		l.keepCase[i] = d.uvarint() == 1
	}
	for n := d.count(len(d.b)); n > 0 && d.err == nil; n-- {
		k := lemmaKey{s: d.string(), tag: uint8(d.bounded(d.uvarint(), 255))}
		l.rules[k] = edit{cut: uint8(d.bounded(d.uvarint(), 255)), add: d.string()}
	}
	for n := d.count(len(d.b)); n > 0 && d.err == nil; n-- {
		k := lemmaKey{s: d.string(), tag: uint8(d.bounded(d.uvarint(), 255))}
		l.exceptions[k] = d.string()
	}
	return l
}
