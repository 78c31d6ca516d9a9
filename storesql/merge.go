package storesql

import (
	"slices"

	newsgraph "github.com/newsgraph/newsgraph"
)

// RoleTitles lists an entity's role titles.
func RoleTitles(e *newsgraph.Entity) []string {
	out := []string{}
	for _, r := range e.Roles {
		if r.Title != "" && !slices.Contains(out, r.Title) {
			out = append(out, r.Title)
		}
	}
	return out
}

// Aliases lists the aliases of an article's entities, as KnownAliases
// wants them looked up.
func Aliases(ents []newsgraph.Entity) []string {
	var all []string
	for i := range ents {
		all = append(all, newsgraph.EntityAliases(&ents[i])...)
	}
	return all
}

// KnownAliases returns the merged entities of rows of (type, alias,
// entity_id), keyed by type and alias, for Candidates.
func KnownAliases(rows Rows) (map[string][]string, error) {
	defer rows.Close()
	known := map[string][]string{}
	for rows.Next() {
		var typ, alias, id string
		if err := rows.Scan(&typ, &alias, &id); err != nil {
			return nil, err
		}
		known[typ+"\x00"+alias] = append(known[typ+"\x00"+alias], id)
	}
	return known, rows.Err()
}

// Candidates returns the merged entities known (KnownAliases) by one of
// the aliases of e, sorted.
func Candidates(e *newsgraph.Entity, aliases []string, known map[string][]string) []string {
	var cands []string
	for _, a := range aliases {
		for _, c := range known[string(e.Type)+"\x00"+a] {
			if !slices.Contains(cands, c) {
				cands = append(cands, c)
			}
		}
	}
	slices.Sort(cands)
	return cands
}

// ChooseEntity picks among the merged entities sharing an alias with e
// (Candidates): the one of e's own name, else the only one, else the only
// one sharing a role title; with none or several left, e gets an entity
// of its own. hasRole reports whether merged entity id holds a title.
func ChooseEntity(e *newsgraph.Entity, cands []string, hasRole func(id, title string) (bool, error)) (string, error) {
	own := newsgraph.EntityID(e.Type, newsgraph.NameKey(e.Name))
	switch {
	case slices.Contains(cands, own):
		return own, nil
	case len(cands) == 1:
		return cands[0], nil
	case len(cands) == 0:
		return own, nil
	}
	titles := RoleTitles(e)
	var match []string
	for _, c := range cands {
		for _, t := range titles {
			ok, err := hasRole(c, t)
			if err != nil {
				return "", err
			}
			if ok {
				match = append(match, c)
				break
			}
		}
	}
	if len(match) == 1 {
		return match[0], nil
	}
	return own, nil
}
