package event

// coded is an event mention with its final coding and roles, before its
// participants are entities.
type coded struct {
	c               *cand
	code            coding
	aux             string
	actors, targets []part
	conf            float64
}

// build codes every event mention that survived negation, conditions and
// control, makes its participants entities and returns one Event per
// mention, before merging.
func (f *finder) build() []Event {
	times := f.sentenceTimes()
	var ks []coded
	var meet []part // participants of the last meeting, for "the two leaders"
	meetSent := -10
	for _, c := range f.cands {
		if c.dropped || c.neg || c.hyp {
			continue
		}
		if c.subjHow == subjAnaphor {
			if c.sent-meetSent > 3 {
				continue
			}
			c.subj = meet
		}
		k, ok := f.code(c)
		if !ok {
			continue
		}
		if k.code.Type == "CONSULT" || k.code.Type == "AGREE" && k.c.code.Type == "CONSULT" {
			if n := len(k.actors) + len(k.targets); n >= 2 {
				meet, meetSent = append(append([]part(nil), k.actors...), k.targets...), c.sent
			}
		}
		ks = append(ks, k)
	}
	// Entities are made only now: making them re-sorts the mentions that
	// the token index points into.
	out := make([]Event, 0, len(ks))
	for _, k := range ks {
		out = append(out, f.event(k, times))
	}
	return out
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func dedupe(ps []part) []part {
	var out []part
	seen := map[string]bool{}
	for _, p := range ps {
		if k := p.key(); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

func minus(ps, qs []part) []part {
	var out []part
	for _, p := range ps {
		in := false
		for _, q := range qs {
			in = in || p.key() == q.key()
		}
		if !in {
			out = append(out, p)
		}
	}
	return out
}

// confidence rates an event mention: verbs above noun frames and
// dictionary patterns, names above groups and pronouns, a found target or
// counterpart raises it.
func (f *finder) confidence(c *cand, k coded, sym bool) float64 {
	conf := 0.7
	switch {
	case c.fromDict:
		conf = 0.5
	case c.prep >= 0 || c.noun >= 0:
		conf = 0.65
	}
	if len(c.e.rest) > 0 {
		conf += 0.05
	}
	switch c.subjHow {
	case subjGroup:
		conf -= 0.05
	case subjPronoun, subjAnaphor:
		conf -= 0.1
	}
	if c.passive {
		conf -= 0.05
	}
	if len(k.targets) > 0 || sym && len(k.actors) > 1 {
		conf += 0.1
	}
	if k.aux != "" {
		conf -= 0.05
	}
	return min(max(conf, 0.1), 0.95)
}

// event makes the participants of a coded mention entities and returns
// its Event.
func (f *finder) event(k coded, times []int) Event {
	ev := Event{
		Type: k.code.Type, Mode: k.code.Mode, Context: k.code.Context, Aux: k.aux,
		Cameo: k.code.Cameo, Goldstein: goldstein(k.code.Cameo), QuadClass: quadClass(k.code.Cameo),
		Place: -1, Time: -1, Confidence: k.conf,
	}
	for _, p := range k.actors {
		if e := f.entityOf(p); !has(ev.Actors, e) {
			ev.Actors = append(ev.Actors, e)
			ev.ActorCodes = append(ev.ActorCodes, f.actorCode(e, p.sector))
		}
	}
	for _, p := range k.targets {
		if p.name != "" && p.body && p.sector == "BUS" {
			continue // "eleven shipping companies": unnamed businesses are no target
		}
		if e := f.entityOf(p); !has(ev.Actors, e) && !has(ev.Targets, e) {
			ev.Targets = append(ev.Targets, e)
			ev.TargetCodes = append(ev.TargetCodes, f.actorCode(e, p.sector))
		}
	}
	ev.Evidence = append(ev.Evidence, k.c.evidence...)
	if x := k.c.comp; x != nil {
		ev.Evidence = append(ev.Evidence, x.evidence...)
	}
	ev.Time = f.timeOf(k.c, times)
	ev.Place = f.placeOf(k.c, ev.Actors, ev.Targets)
	return ev
}
