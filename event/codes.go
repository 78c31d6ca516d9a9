package event

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/cameo.tsv
var cameoTSV string

var (
	cameoOnce sync.Once
	cameoMap  map[string]float64
)

// cameoTable returns the Goldstein score of every CAMEO code we emit.
func cameoTable() map[string]float64 {
	cameoOnce.Do(func() {
		cameoMap = map[string]float64{}
		for n, line := range strings.Split(cameoTSV, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			g, err := strconv.ParseFloat(cols[1], 64)
			if len(cols) != 3 || err != nil {
				panic("event: data/cameo.tsv: bad line " + strconv.Itoa(n+1))
			}
			cameoMap[cols[0]] = g
		}
	})
	return cameoMap
}

// goldstein returns the Goldstein score of a CAMEO code, falling back to
// its parent codes (1722 -> 172 -> 17) for codes outside our table.
func goldstein(code string) float64 {
	t := cameoTable()
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if g, ok := t[c]; ok {
			return g
		}
	}
	return 0
}

// quadClass returns GDELT's quad class of a CAMEO code: 1 verbal
// cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict
// (10-14), 4 material conflict (15-20).
func quadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	root, err := strconv.Atoi(code[:2])
	switch {
	case err != nil:
		return 0
	case root <= 5:
		return 1
	case root <= 9:
		return 2
	case root <= 14:
		return 3
	}
	return 4
}

// codingOf returns the PLOVER coding of a CAMEO code from a dictionary, by
// its root, following the PLOVER manual: 01 statements are not events; 02
// appeals and 10 demands are REQUEST; 08 splits into verbal CONCEDE (080
// to 083) and material RETREAT (084 to 087); 09 investigations and 11
// disapproval are ACCUSE; 18 to 20 are ASSAULT. ok is false for codes that
// make no event.
func codingOf(code string) (coding, bool) {
	if len(code) < 2 {
		return coding{}, false
	}
	c := coding{Cameo: code}
	switch code[:2] {
	case "02", "10":
		c.Type = "REQUEST"
	case "03":
		c.Type = "AGREE"
	case "04":
		c.Type, c.Context = "CONSULT", "diplomatic"
	case "05":
		c.Type, c.Context = "SUPPORT", "diplomatic"
	case "06":
		c.Type = "COOPERATE"
	case "07":
		c.Type = "AID"
	case "08":
		c.Type = "CONCEDE"
		if len(code) >= 3 && code[2] >= '4' {
			c.Type = "RETREAT"
		}
	case "09":
		c.Type, c.Mode = "ACCUSE", "investigate"
	case "11":
		c.Type, c.Mode = "ACCUSE", "disapprove"
	case "12":
		c.Type = "REJECT"
	case "13":
		c.Type = "THREATEN"
	case "14":
		c.Type = "PROTEST"
	case "15":
		c.Type, c.Context = "MOBILIZE", "military"
	case "16":
		c.Type = "SANCTION"
	case "17":
		c.Type = "COERCE"
	case "18", "19", "20":
		c.Type = "ASSAULT"
	default:
		return coding{}, false
	}
	return c, true
}

// intentCode returns the CAMEO code for the intent to do an act of the
// given coding ("agreed to meet" -> 036).
func intentCode(c coding) string {
	switch c.Type {
	case "CONSULT":
		return "036"
	case "SUPPORT":
		return "032"
	case "COOPERATE":
		return "031"
	case "AID":
		return "033"
	case "RETREAT", "CONCEDE":
		return "035"
	}
	return "030"
}

// requestMode returns the PLOVER mode shared by REQUEST and REJECT for a
// requested or rejected act.
func requestMode(c coding) string {
	switch c.Type {
	case "CONSULT", "AGREE":
		return "meet"
	case "COOPERATE", "AID", "SUPPORT":
		return "assist"
	case "RETREAT", "CONCEDE":
		return "yield"
	}
	return "change"
}

// requestCode returns the CAMEO code of an appeal (urge, call on, ask) or
// a demand for an act of the given mode.
func requestCode(mode string, demand bool) string {
	appeal := map[string]string{"meet": "026", "assist": "021", "yield": "025", "change": "024"}
	dem := map[string]string{"meet": "108", "assist": "101", "yield": "105", "change": "104"}
	if demand {
		return dem[mode]
	}
	return appeal[mode]
}

// rejectCode returns the CAMEO code of a refusal of an act of the given
// mode.
func rejectCode(mode string) string {
	switch mode {
	case "meet":
		return "125"
	case "assist":
		return "121"
	case "yield":
		return "124"
	case "change":
		return "123"
	}
	return "120"
}

// threatCoding returns the THREATEN mode and CAMEO code for a threat to do
// an act of the given coding ("threatened to strike" -> violence, 138).
func threatCoding(c coding) (mode, cameo string) {
	switch c.Type {
	case "ASSAULT", "MOBILIZE":
		return "violence", "138"
	case "SANCTION":
		switch c.Mode {
		case "expel":
			return "expel", "136"
		case "discontinue":
			return "restrict", "1312"
		}
		return "relations", "1313"
	case "COERCE":
		switch c.Mode {
		case "arrest", "deport":
			return "arrest", "132"
		case "seize":
			return "territory", "1382"
		}
		return "restrict", "132"
	case "PROTEST":
		return "restrict", "133"
	case "REJECT":
		return "relations", "134"
	}
	return "", "130"
}
