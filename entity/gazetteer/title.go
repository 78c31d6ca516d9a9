package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Title is a person's title or role as news text writes it.
type Title struct {
	// Form is the gazetteer form that matched: "Foreign Minister".
	Form string
	// Title is the normalised title: "Minister of Foreign Affairs".
	Title string
	// Sector is the sector the title implies (GOV, MIL, LEG, JUD, BUS,
	// MED, ...); "" if it implies none (spokesman, adviser).
	Sector string
}

// LookupTitle finds the title for a surface form, with the case rules of
// Lookup: "foreign Minister" and "Minister of foreign Affairs" both give
// "Minister of Foreign Affairs". A modifier such as "Deputy", "Acting" or
// "First Deputy" before a known title is kept in front of its normalised
// form: "deputy foreign minister" gives "Deputy Minister of Foreign
// Affairs".
func LookupTitle(form string) (Title, bool) {
	words := splitWords(form)
	i := 0
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		i = 1
	}
	t, n := load().title(words, i, len(words)-i)
	return t, n > 0
}

// LongestTitle reports the longest title starting at word i of words
// (token texts) and how many words it spans; n is 0 if none. Abbreviated
// titles span their period: "Sen", "." is one title of two words.
func LongestTitle(words []string, i int) (t Title, n int) {
	return load().title(words, i, 0)
}

// title matches a title, possibly after modifiers, at words[i] and
// returns it with the number of words it spans; with want > 0 the match
// must span exactly want words.
func (t *tables) title(words []string, i, want int) (Title, int) {
	var best Title
	p, n := t.titleIdx.match(words, i, want, false)
	if n > 0 {
		best = t.titles[p]
	}
	// A modifier and a title can outrun a shorter title: "Chief
	// Economist" is not the title "Chief" followed by a word.
	q, m := t.prefixIdx.match(words, i, 0, false)
	if m == 0 || (want > 0 && m >= want) {
		return best, n
	}
	rest := 0
	if want > 0 {
		rest = want - m
	}
	base, k := t.title(words, i+m, rest)
	if k == 0 || m+k <= n {
		return best, n
	}
	pre := t.prefixes[q]
	return Title{
		Form:   pre.Form + " " + base.Form,
		Title:  pre.Title + " " + base.Title,
		Sector: base.Sector,
	}, m + k
}

// IsGivenName reports whether w is a common given name: "Jens", "Sergey",
// "Maria". w must begin with a capital letter; the rest of its case is
// ignored.
func IsGivenName(w string) bool {
	return capitalised(w) && inSet(load().given, w)
}

// IsHonorific reports whether w is an honorific: "Mr.", "Mr", "Mrs.",
// "Ms.", "Dr.". w must begin with a capital letter.
func IsHonorific(w string) bool {
	return capitalised(w) && inSet(load().honorific, strings.TrimSuffix(w, "."))
}

// IsOrgHead reports whether w is a word that heads or ends organisation
// names: "Ministry", "Council", "Party", "Inc.". Case is ignored.
func IsOrgHead(w string) bool {
	return inSet(load().orgHead, strings.TrimSuffix(w, "."))
}

// inSet reports whether the lower-cased w is in set.
func inSet(set map[string]bool, w string) bool {
	var buf [keyBuf]byte
	return set[string(key(buf[:0], w))]
}

// capitalised reports whether w begins with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// words reads titles.tsv: kind, normalised form, sector, forms. Kinds are
// title, modifier (Deputy, Acting), honorific and orghead.
func (t *tables) words(rows []row) {
	for _, r := range rows {
		kind, norm, sector := r.cols[0], nameOf(r.cols[1]), r.cols[2]
		forms := append([]string{r.cols[1]}, list(r.cols[3])...)
		if !t.sectorOK(r, sector) {
			continue
		}
		switch kind {
		case "title", "modifier":
			idx, tab := t.titleIdx, &t.titles
			if kind == "modifier" {
				idx, tab = t.prefixIdx, &t.prefixes
			}
			for _, f := range forms {
				variants := []string{f}
				if v, ok := strings.CutSuffix(f, "."); ok && !strings.HasSuffix(v, ".") {
					variants = append(variants, v)
				}
				for _, v := range variants {
					p := len(*tab)
					*tab = append(*tab, Title{Form: strings.TrimPrefix(v, "="), Title: norm, Sector: sector})
					if q := idx.add(v, p); q >= 0 && (*tab)[q].Title != norm {
						t.collisions = append(t.collisions, collision{v, (*tab)[q].Title + " (" + kind + ")", norm + " (" + kind + ")"})
					}
				}
			}
		case "honorific", "orghead":
			set := t.honorific
			if kind == "orghead" {
				set = t.orgHead
			}
			for _, f := range forms {
				set[strings.ToLower(strings.TrimSuffix(f, "."))] = true
			}
		default:
			t.errs = append(t.errs, r.errorf("unknown kind %q", kind))
			continue
		}
		t.rows[kind]++
	}
}
