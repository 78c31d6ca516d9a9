package event

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/triggers.tsv
var triggersTSV string

// formKind says which inflection of a head a word is.
type formKind uint8

const (
	formBase formKind = iota // meet
	formS                    // meets
	formPast                 // met (also the participle where they agree)
	formPart                 // a participle that differs from the past: spoken
	formIng                  // meeting
	formNoun                 // a noun head: talks
)

// flag is a property of a lexicon entry (see data/triggers.tsv).
type flag uint32

const (
	flagSym flag = 1 << iota
	flagNeedT
	flagHost
	flagCtl
	flagComp
	flagIntr
	flagCaptive
	flagVisit
	flagPeople
	flagExercise
	flagExpel
	flagWithdraw
	flagArms
	flagInner
	flagAdvise
	flagNamed // actor and target must be named, not groups or pronouns
)

var flagNames = map[string]flag{
	"sym": flagSym, "needT": flagNeedT, "host": flagHost, "ctl": flagCtl, "comp": flagComp,
	"intr": flagIntr, "captive": flagCaptive, "visit": flagVisit, "people": flagPeople,
	"exercise": flagExercise, "expel": flagExpel, "withdraw": flagWithdraw, "arms": flagArms,
	"inner": flagInner, "advise": flagAdvise,
}

// slot is where a participant other than the subject stands.
type slot struct {
	kind  slotKind
	preps []string // for slotPrep
}

type slotKind uint8

const (
	slotObj     slotKind = iota // the direct object
	slotPrep                    // the object of a preposition
	slotBetween                 // between X and Y
	slotOf                      // meeting of X
)

// item is a word after the head: one of alts, adjacent or after a gap.
type item struct {
	alts []string
	gap  bool
}

// entry is one pattern of the lexicon with its coding.
type entry struct {
	pattern string // as written, for tests and diagnostics
	noun    bool
	rest    []item
	code    coding
	slots   []slot
	flags   flag
}

// coding is what an event is coded as.
type coding struct {
	Type, Mode, Context, Cameo string
}

func (e *entry) has(f flag) bool { return e.flags&f != 0 }

// formRef is one inflected form of an entry's head.
type formRef struct {
	e    *entry
	kind formKind
}

// lexicon maps lower-case word forms to the entries they head.
type lexicon struct {
	entries []*entry
	forms   map[string][]formRef
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// builtin returns the embedded lexicon, parsed once.
func builtin() *lexicon {
	lexOnce.Do(func() {
		l, err := parseLexicon(triggersTSV)
		if err != nil {
			panic("event: data/triggers.tsv: " + err.Error())
		}
		lex = l
	})
	return lex
}

// parseLexicon reads the format of data/triggers.tsv.
func parseLexicon(src string) (*lexicon, error) {
	l := &lexicon{forms: map[string][]formRef{}}
	for n, line := range strings.Split(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 7 {
			return nil, fmt.Errorf("line %d: %d columns, want 7", n+1, len(cols))
		}
		for i := range cols {
			if cols[i] == "-" {
				cols[i] = ""
			}
		}
		if _, ok := cameoTable()[cols[4]]; !ok {
			return nil, fmt.Errorf("line %d: CAMEO code %q not in cameo.tsv", n+1, cols[4])
		}
		e := &entry{pattern: cols[0], code: coding{cols[1], cols[2], cols[3], cols[4]}}
		if !ploverTypes[e.code.Type] {
			return nil, fmt.Errorf("line %d: unknown PLOVER type %q", n+1, cols[1])
		}
		words := strings.Fields(cols[0])
		head := words[0]
		if strings.HasPrefix(head, "n:") {
			e.noun = true
			head = head[2:]
		}
		gap := false
		for _, w := range words[1:] {
			if w == "..." {
				gap = true
				continue
			}
			e.rest = append(e.rest, item{alts: strings.Split(w, "|"), gap: gap})
			gap = false
		}
		if cols[5] != "" {
			for _, s := range strings.Split(cols[5], ",") {
				switch {
				case s == "obj":
					e.slots = append(e.slots, slot{kind: slotObj})
				case s == "between":
					e.slots = append(e.slots, slot{kind: slotBetween})
				case s == "of":
					e.slots = append(e.slots, slot{kind: slotOf})
				case strings.HasPrefix(s, "p:"):
					e.slots = append(e.slots, slot{kind: slotPrep, preps: strings.Split(s[2:], "|")})
				default:
					return nil, fmt.Errorf("line %d: unknown slot %q", n+1, s)
				}
			}
		}
		if cols[6] != "" {
			for _, f := range strings.Split(cols[6], ",") {
				fl, ok := flagNames[f]
				if !ok {
					return nil, fmt.Errorf("line %d: unknown flag %q", n+1, f)
				}
				e.flags |= fl
			}
		}
		l.entries = append(l.entries, e)
		for _, h := range strings.Split(head, "|") {
			if e.noun {
				l.add(h, e, formNoun)
				continue
			}
			for _, f := range inflect(h) {
				l.add(f.word, e, f.kind)
			}
		}
	}
	return l, nil
}

func (l *lexicon) add(w string, e *entry, k formKind) {
	for _, r := range l.forms[w] {
		if r.e == e && r.kind == k {
			return
		}
	}
	l.forms[w] = append(l.forms[w], formRef{e, k})
}

type form struct {
	word string
	kind formKind
}

// inflect returns the forms of a verb head written "lemma", "lemma:past:
// participle:gerund" (empty parts regular) or "lemma=form,form" (only the
// forms listed, all taken as past forms unless they end in -s or -ing).
func inflect(h string) []form {
	if i := strings.IndexByte(h, '='); i >= 0 {
		var out []form
		for _, w := range strings.Split(h[i+1:], ",") {
			k := formPast
			switch {
			case strings.HasSuffix(w, "ing"):
				k = formIng
			case strings.HasSuffix(w, "s"):
				k = formS
			}
			out = append(out, form{w, k})
		}
		return out
	}
	parts := strings.Split(h, ":")
	lemma := parts[0]
	past, part, ing := regularPast(lemma), "", regularIng(lemma)
	if len(parts) > 1 && parts[1] != "" {
		past = parts[1]
	}
	part = past
	if len(parts) > 2 && parts[2] != "" {
		part = parts[2]
	}
	if len(parts) > 3 && parts[3] != "" {
		ing = parts[3]
	}
	out := []form{{lemma, formBase}, {thirdPerson(lemma), formS}, {past, formPast}, {ing, formIng}}
	if part != past {
		out = append(out, form{part, formPart})
	}
	return out
}

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	case consonantY(v):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

func regularPast(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case consonantY(v):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

func regularIng(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") && !strings.HasSuffix(v, "ye") && !strings.HasSuffix(v, "oe"):
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

func consonantY(v string) bool {
	if len(v) < 2 || v[len(v)-1] != 'y' {
		return false
	}
	return !strings.ContainsRune("aeiou", rune(v[len(v)-2]))
}

// ploverTypes are the sixteen PLOVER event types.
var ploverTypes = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true, "AID": true,
	"RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
}
