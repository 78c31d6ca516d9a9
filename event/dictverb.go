package event

import (
	"io"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/text"
)

// verb is one verb of a verb block with the block's patterns.
type verb struct {
	lemma    string
	kind     formKind
	particle []string // words that follow the verb directly: "meet with"
	code     string   // the verb's or its block's CAMEO code; "" for none
	patterns []*pattern
}

// pattern is a verb pattern: words before and after the verb, each a set
// of alternatives, in order.
type pattern struct {
	before, after [][]string
	code          string // "" means the pattern makes no event
}

var blockRE = regexp.MustCompile(`^---\s*(\S+)\s*\[([^\]]*)\]\s*---`)

// readVerbs reads a PETRARCH verb dictionary: synonym sets ("&NAME" and
// "+word" lines), then blocks "--- NAME [code] ---" of verbs ("MEET
// {MEETS MET MEETING}", "+MEET_WITH {...}", optionally "[code]") and
// patterns ("- * (WITH LEADERS) [036]").
func (d *Dictionaries) readVerbs(r io.Reader) error {
	synsets := map[string][]string{}
	var syn string
	var block []*verb
	blockCode := ""
	return lines(r, func(line string) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			syn = ""
		case strings.HasPrefix(line, "&"):
			syn = strings.Fields(line)[0]
		case syn != "" && strings.HasPrefix(line, "+"):
			synsets[syn] = append(synsets[syn], dictWords(strings.TrimPrefix(line, "+")))
		case strings.HasPrefix(line, "---"):
			block, blockCode = nil, ""
			if m := blockRE.FindStringSubmatch(line); m != nil {
				blockCode = eventCode(m[2])
			}
		case strings.HasPrefix(line, "-"):
			p := parsePattern(line[1:], synsets)
			for _, v := range block {
				v.patterns = append(v.patterns, p)
			}
		default:
			code := blockCode
			if head, codes := splitCodes(line); len(codes) > 0 {
				code, line = eventCode(codes[0]), strings.TrimSpace(head)
			}
			block = append(block, d.addVerb(line, code)...)
		}
	})
}

// eventCode returns the CAMEO code of a "[040:040]" field, "" for "---".
func eventCode(field string) string {
	c, _, _ := strings.Cut(strings.TrimSpace(field), ":")
	if c == "---" || c == "" {
		return ""
	}
	return c
}

// addVerb adds the forms of a verb line ("MEET {MEETS MET MEETING}",
// "+MEET_WITH {+MET_WITH ...}") and returns its verbs.
func (d *Dictionaries) addVerb(line, code string) []*verb {
	line = strings.TrimPrefix(line, "+")
	head, rest, _ := strings.Cut(line, "{")
	words := strings.Fields(dictWords(head))
	if len(words) == 0 {
		return nil
	}
	particle := words[1:]
	forms := map[string]formKind{}
	if rest != "" {
		for _, f := range strings.Fields(strings.Trim(rest, "{} ")) {
			w := strings.Fields(dictWords(strings.TrimPrefix(f, "+")))
			if len(w) > 0 {
				forms[w[0]] = kindOf(w[0])
			}
		}
		forms[words[0]] = formBase
	} else {
		for _, f := range inflect(words[0]) {
			if f.kind == formPart {
				f.kind = formPast
			}
			forms[f.word] = f.kind
		}
	}
	var out []*verb
	for w, k := range forms {
		v := &verb{lemma: words[0], kind: k, particle: particle, code: code}
		d.verbs[w] = append(d.verbs[w], v)
		out = append(out, v)
	}
	return out
}

func kindOf(w string) formKind {
	switch {
	case strings.HasSuffix(w, "ing"):
		return formIng
	case strings.HasSuffix(w, "s"):
		return formS
	}
	return formPast
}

// parsePattern reads "* (WITH LEADERS) [036:036]": the words before and
// after the verb ("*"), grouping marks and actor markers ($ + %) dropped,
// synonym sets (&NAME) expanded.
func parsePattern(s string, synsets map[string][]string) *pattern {
	p := &pattern{}
	if head, codes := splitCodes(s); len(codes) > 0 {
		p.code, s = eventCode(codes[0]), head
	}
	s = strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(s)
	after := false
	for _, tok := range strings.Fields(s) {
		switch tok {
		case "*":
			after = true
			continue
		case "$", "+", "%", "^", "|":
			continue
		}
		var alts []string
		if strings.HasPrefix(tok, "&") {
			alts = synsets[tok]
		} else {
			alts = []string{dictWords(tok)}
		}
		if len(alts) == 0 {
			continue
		}
		if after {
			p.after = append(p.after, alts)
		} else {
			p.before = append(p.before, alts)
		}
	}
	return p
}

// match returns an event mention for a verb of the dictionaries at token
// i: the code of its longest matching pattern, else its own. Such events
// need an actor and a target.
func (d *Dictionaries) match(f *finder, i int, s text.Sentence) *cand {
	w := f.low[i]
	vs := d.verbs[w]
	if len(vs) == 0 || f.capitalised(i) && !f.sentenceInitial(i, s) || speechVerbs[w] || auxiliaries[w] ||
		modalWords[w] || realisWords[w] {
		return nil // statements are quotes; "expected to", "decided to" govern
	}
	for _, v := range vs {
		last := i
		ok := true
		for _, p := range v.particle {
			if last+1 >= s.Last || f.low[last+1] != p {
				ok = false
				break
			}
			last++
		}
		if !ok || !f.verbal(i, v.kind, s) {
			continue
		}
		code, best := v.code, -1
		if len(v.patterns) > 0 {
			f.dictWindow(i, last, s)
		}
		for _, p := range v.patterns {
			if n := len(p.before) + len(p.after); n > best && f.windowHas(p) && f.dictPattern(p, i, last, s) {
				code, best = p.code, n
			}
		}
		if best <= 0 && (commonVerbs[w] || commonVerbs[v.lemma]) {
			continue // "took", "joined", "beats": only through a pattern
		}
		e := d.entries[code]
		if e == nil {
			continue
		}
		cd := &cand{e: e, code: e.code, head: i, first: i, last: last, kind: v.kind, noun: -1, prep: -1, fromDict: true}
		cd.passive = (v.kind == formPast || v.kind == formPart) && f.beBefore(i, s)
		return cd
	}
	return nil
}

// dictWindow collects the words around a dictionary verb, with their
// stems, so that patterns whose words are absent are skipped at once.
func (f *finder) dictWindow(i, last int, s text.Sentence) {
	if f.window == nil {
		f.window = map[string]bool{}
	}
	clear(f.window)
	for k := max(s.First, i-6); k < s.Last && k <= last+20; k++ {
		w := f.low[k]
		f.window[w] = true
		for n := 1; n <= 3 && len(w)-n >= 4; n++ {
			f.window[w[:len(w)-n]] = true
		}
	}
}

// windowHas reports whether every word of a pattern may be in the window.
func (f *finder) windowHas(p *pattern) bool {
	for _, items := range [2][][]string{p.before, p.after} {
		for _, alts := range items {
			ok := false
			for _, a := range alts {
				if j := strings.IndexByte(a, ' '); j >= 0 {
					a = a[:j]
				}
				if f.window[a] {
					ok = true
					break
				}
			}
			if !ok {
				return false
			}
		}
	}
	return true
}

// dictPattern reports whether a pattern's words stand around the verb at
// [i, last] in order, in the clause.
func (f *finder) dictPattern(p *pattern, i, last int, s text.Sentence) bool {
	k := last
	for _, alts := range p.after {
		found := false
		for n := k + 1; n < s.Last && n <= k+7; n++ {
			if f.boundary(n) {
				break
			}
			if dictWordMatch(alts, f.low[n]) {
				k, found = n, true
				break
			}
		}
		if !found {
			return false
		}
	}
	k = i
	for b := len(p.before) - 1; b >= 0; b-- {
		found := false
		for n := k - 1; n >= s.First && n >= k-6; n-- {
			if dictWordMatch(p.before[b], f.low[n]) {
				k, found = n, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// dictWordMatch matches a dictionary word against a token: exactly, or
// as a stem for words not ending in "_" in the file (here: with up to
// three more letters: "PROTEST" matches "protests").
func dictWordMatch(alts []string, w string) bool {
	for _, a := range alts {
		if i := strings.IndexByte(a, ' '); i >= 0 {
			a = a[:i] // a phrase: its first word
		}
		if a == w || len(a) >= 4 && strings.HasPrefix(w, a) && len(w)-len(a) <= 3 {
			return true
		}
	}
	return false
}

// commonVerbs are verbs too common and too vague to make an event by
// their dictionary block alone ("Trump took questions"); a pattern with
// words around them must match.
var commonVerbs = set(`take give get make go come run call join lead beat raise hold pay think speak see put set
	keep turn bring show play win lose open close return receive send reach accept earn control conduct
	question understand establish block abandon die move leave meet tell ask look find use work seek
	follow stand hit carry cut drop pass pull push start stop end help serve face say talk hear offer
	provide support back claim cover deal draw fall fill handle hand head mark note order plan point
	press rise run sign share spend struggle throw touch watch add allow appear apply argue arrange
	build buy cause change charge check choose create decide describe design develop discover`)
