package event

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Dictionaries are PETRARCH/Phoenix dictionaries: actor phrases with CAMEO
// actor codes (Phoenix.*.actors.txt), agent nouns with sectors
// (Phoenix.agents.txt) and verb blocks with CAMEO event codes and
// patterns (CAMEO*.txt). Find uses them where its own lexicon and
// gazetteer say nothing: a verb the lexicon lacks, an actor without a
// code, a group noun it does not know.
type Dictionaries struct {
	actors map[string]string  // lower-case phrase -> actor code
	agents map[string]string  // lower-case singular noun -> sector
	verbs  map[string][]*verb // lower-case word form -> verbs it inflects
	// entries are the lexicon entries of the codes the verbs give.
	entries map[string]*entry
	// Files lists the files read, for diagnostics.
	Files []string
}

// LoadDictionaries reads the PETRARCH/Phoenix dictionaries in dir. It
// fails when a file cannot be read or dir holds none of them.
func LoadDictionaries(dir string) (*Dictionaries, error) {
	d := &Dictionaries{actors: map[string]string{}, agents: map[string]string{}, verbs: map[string][]*verb{}}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("event: dictionaries: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		base := filepath.Base(name)
		var read func(io.Reader) error
		switch {
		case strings.Contains(base, "actors"):
			read = d.readActors
		case strings.Contains(base, "agents"):
			read = d.readAgents
		case strings.HasPrefix(base, "CAMEO"):
			read = d.readVerbs
		default:
			continue
		}
		if err := readFile(name, read); err != nil {
			return nil, fmt.Errorf("event: dictionaries: %s: %w", base, err)
		}
		d.Files = append(d.Files, base)
	}
	if len(d.Files) == 0 {
		return nil, fmt.Errorf("event: dictionaries: no actor, agent or CAMEO verb files in %s", dir)
	}
	d.entries = map[string]*entry{}
	for _, vs := range d.verbs {
		for _, v := range vs {
			d.entry(v.code)
			for _, p := range v.patterns {
				d.entry(p.code)
			}
		}
	}
	return d, nil
}

// entry makes the lexicon entry that dictionary events of a CAMEO code
// use: the subject acts on the direct object, both named; meetings and
// cooperation symmetric.
func (d *Dictionaries) entry(code string) {
	if _, ok := d.entries[code]; ok {
		return
	}
	c, ok := codingOf(code)
	if !ok {
		d.entries[code] = nil
		return
	}
	e := &entry{pattern: "dictionary:" + code, code: c, flags: flagNeedT | flagNamed, slots: []slot{{kind: slotObj}}}
	if c.Type == "CONSULT" || c.Type == "COOPERATE" {
		e.flags |= flagSym
	}
	d.entries[code] = e
}

func readFile(name string, read func(io.Reader) error) error {
	fh, err := os.Open(name)
	if err != nil {
		return err
	}
	defer fh.Close()
	return read(fh)
}

func lines(r io.Reader, each func(line string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		each(sc.Text())
	}
	return sc.Err()
}

// dictWords turns a dictionary phrase into lower-case words:
// "SERGEY_V._LAVROV_" -> "sergey v. lavrov".
func dictWords(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "_", " ")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// readActors reads a Phoenix actor file: a name line, "+alias" lines, and
// code lines "[RUSGOV >20040309]"; codes may also follow a name on its
// line. Of date-restricted codes the open-ended one (">date") is kept,
// else an undated one, else the last.
func (d *Dictionaries) readActors(r io.Reader) error {
	var names []string
	var codes []string
	flush := func() {
		if len(names) > 0 && len(codes) > 0 {
			c := pickCode(codes)
			for _, n := range names {
				if _, ok := d.actors[n]; !ok && c != "" {
					d.actors[n] = c
				}
			}
		}
		names, codes = nil, nil
	}
	return lines(r, func(line string) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			return
		}
		head, found := splitCodes(line)
		indented := line[0] == ' ' || line[0] == '\t'
		switch {
		case strings.HasPrefix(head, "+"):
			names = append(names, dictWords(head[1:]))
		case strings.TrimSpace(head) != "" && !indented:
			if len(codes) > 0 {
				flush()
			}
			names = append(names, dictWords(head))
		}
		codes = append(codes, found...)
	})
}

// splitCodes splits a dictionary line into its text and the contents of
// its [bracketed] codes.
func splitCodes(line string) (string, []string) {
	var codes []string
	var b strings.Builder
	for {
		i := strings.IndexByte(line, '[')
		if i < 0 {
			b.WriteString(line)
			break
		}
		j := strings.IndexByte(line[i:], ']')
		if j < 0 {
			b.WriteString(line)
			break
		}
		b.WriteString(line[:i])
		codes = append(codes, line[i+1:i+j])
		line = line[i+j+1:]
	}
	return b.String(), codes
}

// pickCode chooses among "CODE [dates]" entries.
func pickCode(codes []string) string {
	undated, last := "", ""
	for _, c := range codes {
		f := strings.Fields(c)
		if len(f) == 0 || f[0] == "---" || strings.HasPrefix(f[0], "~") {
			continue
		}
		last = f[0]
		if len(f) == 1 {
			undated = f[0]
			continue
		}
		if strings.HasPrefix(f[1], ">") {
			return f[0]
		}
	}
	if undated != "" {
		return undated
	}
	return last
}

// readAgents reads Phoenix.agents.txt: "POLICE {} [~COP]", with
// "!PERSON! = MAN, MEN, ..." substitution sets. Only one-word agents are
// kept.
func (d *Dictionaries) readAgents(r io.Reader) error {
	subst := map[string][]string{}
	return lines(r, func(line string) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			return
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") {
			k, v, _ := strings.Cut(line, "=")
			for _, w := range strings.Split(v, ",") {
				subst[strings.TrimSpace(k)] = append(subst[strings.TrimSpace(k)], strings.TrimSpace(w))
			}
			return
		}
		head, codes := splitCodes(line)
		if len(codes) == 0 || !strings.HasPrefix(codes[0], "~") || len(strings.Fields(codes[0])) == 0 {
			return
		}
		sector := strings.TrimPrefix(strings.Fields(codes[0])[0], "~")
		head = strings.TrimSpace(head)
		forms := []string{head}
		if i := strings.IndexByte(head, '{'); i >= 0 {
			forms = []string{strings.TrimSpace(head[:i])}
			forms = append(forms, strings.Fields(strings.Trim(head[i:], "{} "))...)
		}
		for _, form := range forms {
			for _, w := range expandSubst(form, subst) {
				w = dictWords(w)
				if w != "" && !strings.Contains(w, " ") && len(sector) >= 3 {
					if _, ok := d.agents[w]; !ok {
						d.agents[w] = sector[:3]
					}
				}
			}
		}
	})
}

func expandSubst(form string, subst map[string][]string) []string {
	for k, vs := range subst {
		if strings.Contains(form, k) {
			var out []string
			for _, v := range vs {
				out = append(out, strings.ReplaceAll(form, k, v))
			}
			return out
		}
	}
	return []string{form}
}

// actor returns the code the actor dictionaries give a name, or "".
func (d *Dictionaries) actor(name string) string {
	k := strings.ToLower(strings.Join(strings.Fields(name), " "))
	if c, ok := d.actors[k]; ok {
		return c
	}
	return d.actors[strings.TrimPrefix(k, "the ")]
}

// agent returns the sector of a group noun the agent dictionary knows
// (singular or plural), or "".
func (d *Dictionaries) agent(w string) string {
	if s, ok := d.agents[w]; ok {
		return s
	}
	if strings.HasSuffix(w, "es") {
		if s, ok := d.agents[w[:len(w)-2]]; ok {
			return s
		}
	}
	if strings.HasSuffix(w, "s") {
		return d.agents[w[:len(w)-1]]
	}
	return ""
}
