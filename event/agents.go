package event

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/agents.tsv
var agentsTSV string

// agent is what a group noun says about who acts.
type agent struct {
	sector string
	body   bool // an institution (police, army), not a group of people
	ok     bool
}

var (
	agentsOnce sync.Once
	agentMap   map[string]agent
)

// agentOf returns the group noun w (lower case) names, if any.
func agentOf(w string) agent {
	agentsOnce.Do(func() {
		agentMap = map[string]agent{}
		for n, line := range strings.Split(agentsTSV, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) != 3 {
				panic("event: data/agents.tsv: bad line " + itoa(n+1))
			}
			sector := cols[1]
			if sector == "-" {
				sector = ""
			}
			for _, form := range strings.Split(cols[0], "|") {
				agentMap[form] = agent{sector: sector, body: cols[2] == "body", ok: true}
			}
		}
	})
	return agentMap[w]
}

// agent returns what group noun w names, from our list, else from the
// agent dictionary.
func (f *finder) agent(w string) agent {
	a := agentOf(w)
	if !a.ok && f.dict != nil {
		if s := f.dict.agent(w); s != "" {
			return agent{sector: s, ok: true}
		}
	}
	return a
}
