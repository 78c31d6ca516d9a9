package gazetteer

import (
	"testing"

	newsgraph "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/text"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		form    string
		ok      bool
		name    string
		typ     newsgraph.EntityType
		code    string
		country string
		capital bool
		demonym bool
	}{
		// Case rules: short and all-caps forms are case-sensitive.
		{"US", true, "United States", newsgraph.Country, "USA", "USA", false, false},
		{"us", false, "", "", "", "", false, false},
		{"Us", false, "", "", "", "", false, false},
		{"U.S.", true, "United States", newsgraph.Country, "USA", "USA", false, false},
		{"the US", true, "United States", newsgraph.Country, "USA", "USA", false, false},
		{"UN", true, "United Nations", newsgraph.Organization, "UNO", "", false, false},
		{"un", false, "", "", "", "", false, false},
		{"AP", true, "Associated Press", newsgraph.Media, "", "USA", false, false},
		{"ap", false, "", "", "", "", false, false},
		{"WHO", true, "WHO", newsgraph.Organization, "WHO", "", false, false},
		{"who", false, "", "", "", "", false, false},
		{"Fed", true, "Federal Reserve", newsgraph.Organization, "", "USA", false, false},
		{"fed", false, "", "", "", "", false, false},
		// Longer forms are case-insensitive.
		{"russia", true, "Russia", newsgraph.Country, "RUS", "RUS", false, false},
		{"RUSSIA", true, "Russia", newsgraph.Country, "RUS", "RUS", false, false},
		{"the Russian Federation", true, "Russia", newsgraph.Country, "RUS", "RUS", false, false},
		{"The Russian Federation", true, "Russia", newsgraph.Country, "RUS", "RUS", false, false},
		{"Russian", true, "Russia", newsgraph.Country, "RUS", "RUS", false, true},
		{"Russians", true, "Russia", newsgraph.Country, "RUS", "RUS", false, true},
		{"British", true, "United Kingdom", newsgraph.Country, "GBR", "GBR", false, true},
		{"Britain", true, "United Kingdom", newsgraph.Country, "GBR", "GBR", false, false},
		{"Great Britain", true, "United Kingdom", newsgraph.Country, "GBR", "GBR", false, false},
		{"America", true, "United States", newsgraph.Country, "USA", "USA", false, false},
		{"French", true, "France", newsgraph.Country, "FRA", "FRA", false, true},
		{"Côte d'Ivoire", true, "Ivory Coast", newsgraph.Country, "CIV", "CIV", false, false},
		{"Ukraine", true, "Ukraine", newsgraph.Country, "UKR", "UKR", false, false},
		{"Russia's", true, "Russia", newsgraph.Country, "RUS", "RUS", false, false},
		{"Russia’s", true, "Russia", newsgraph.Country, "RUS", "RUS", false, false},
		// Capitals and places.
		{"Moscow", true, "Moscow", newsgraph.Place, "", "RUS", true, false},
		{"Kiev", true, "Kyiv", newsgraph.Place, "", "UKR", true, false},
		{"Brussels", true, "Brussels", newsgraph.Place, "", "BEL", true, false},
		{"Munich", true, "Munich", newsgraph.Place, "", "DEU", false, false},
		{"St. Petersburg", true, "Saint Petersburg", newsgraph.Place, "", "RUS", false, false},
		{"Texas", true, "Texas", newsgraph.Place, "US-TX", "USA", false, false},
		{"Washington State", true, "Washington", newsgraph.Place, "US-WA", "USA", false, false},
		{"Washington", true, "Washington", newsgraph.Place, "", "USA", true, false},
		{"Georgia", true, "Georgia", newsgraph.Country, "GEO", "GEO", false, false},
		// Organisations, bodies, media, events.
		{"NATO", true, "NATO", newsgraph.Organization, "NAT", "", false, false},
		{"the Alliance", true, "NATO", newsgraph.Organization, "NAT", "", false, false},
		{"The Alliance", true, "NATO", newsgraph.Organization, "NAT", "", false, false},
		{"Alliance", false, "", "", "", "", false, false},
		{"the alliance", false, "", "", "", "", false, false},
		{"North Atlantic Treaty Organization", true, "NATO", newsgraph.Organization, "NAT", "", false, false},
		{"NATO-Russia Council", true, "NATO-Russia Council", newsgraph.Organization, "NRC", "", false, false},
		{"the Kremlin", true, "Kremlin", newsgraph.Organization, "", "RUS", false, false},
		{"White House", true, "White House", newsgraph.Organization, "", "USA", false, false},
		{"the House", true, "House of Representatives", newsgraph.Organization, "", "USA", false, false},
		{"House", false, "", "", "", "", false, false},
		{"RIA Novosti", true, "RIA Novosti", newsgraph.Media, "", "RUS", false, false},
		{"TASS", true, "TASS", newsgraph.Media, "", "RUS", false, false},
		{"The New York Times", true, "The New York Times", newsgraph.Media, "", "USA", false, false},
		{"New York Times", true, "The New York Times", newsgraph.Media, "", "USA", false, false},
		{"the Guardian", true, "The Guardian", newsgraph.Media, "", "GBR", false, false},
		{"guardian", false, "", "", "", "", false, false},
		{"Munich Security Conference", true, "Munich Security Conference", newsgraph.NamedEvent, "", "DEU", false, false},
		{"Cold War", true, "Cold War", newsgraph.NamedEvent, "", "", false, false},
		{"cold war", false, "", "", "", "", false, false},
		{"Turkey", true, "Turkey", newsgraph.Country, "TUR", "TUR", false, false},
		{"turkey", false, "", "", "", "", false, false},
		// Not in the gazetteer.
		{"", false, "", "", "", "", false, false},
		{"the", false, "", "", "", "", false, false},
		{"Stoltenberg", false, "", "", "", "", false, false},
		{"Russia Russia", false, "", "", "", "", false, false},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.form)
		if ok != tt.ok {
			t.Errorf("Lookup(%q) ok = %v, want %v (%+v)", tt.form, ok, tt.ok, e)
			continue
		}
		want := Entry{Name: tt.name, Type: tt.typ, Code: tt.code, Country: tt.country, Capital: tt.capital, Demonym: tt.demonym}
		e.Sector = ""
		if ok && e != want {
			t.Errorf("Lookup(%q) = %+v, want %+v", tt.form, e, want)
		}
	}
}

func TestSector(t *testing.T) {
	tests := []struct{ form, sector string }{
		{"Kremlin", "GOV"},
		{"Pentagon", "MIL"},
		{"Senate", "LEG"},
		{"Supreme Court", "JUD"},
		{"GOP", "PTY"},
		{"Reuters", "MED"},
		{"OSCE", "IGO"},
	}
	for _, tt := range tests {
		if e, _ := Lookup(tt.form); e.Sector != tt.sector {
			t.Errorf("Lookup(%q).Sector = %q, want %q", tt.form, e.Sector, tt.sector)
		}
	}
}

// words splits s as an article is split.
func words(s string) []string {
	d := text.New(s)
	w := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		w[i] = d.TokenText(i)
	}
	return w
}

func TestLongestMatch(t *testing.T) {
	tests := []struct {
		text string
		i    int
		name string
		n    int
	}{
		{"the Russian Federation said", 1, "Russia", 2},
		{"the Russian foreign Ministry", 1, "Russia", 1},
		{"As reported by RIA Novosti, the", 3, "RIA Novosti", 2},
		{"the Secretary General of the Alliance Jens", 5, "NATO", 1},
		{"Alliance members", 0, "", 0},
		{"at the UN Security Council", 2, "UN Security Council", 3},
		{"at the UN offices", 2, "United Nations", 1},
		{"in St. Petersburg on", 1, "Saint Petersburg", 3},
		{"told us that", 1, "", 0},
		{"told US officials", 1, "United States", 1},
		{"The New York Times reported", 1, "The New York Times", 3},
		{"in New York on", 1, "New York City", 2},
		{"Russia's foreign ministry", 0, "Russia", 1},
		{"the Kremlin's position", 1, "Kremlin", 1},
		{"the NATO-Russia Council met", 1, "NATO-Russia Council", 2},
		{"Meeting of the Council Russia", 3, "", 0},
		{"the Gulf of Mexico", 1, "Gulf of Mexico", 3},
		{"the Gulf states", 1, "Persian Gulf", 1},
		{"Jens Stoltenberg", 0, "", 0},
		{"Moscow", 5, "", 0},
		{"Moscow", -1, "", 0},
	}
	for _, tt := range tests {
		e, n := LongestMatch(words(tt.text), tt.i)
		if n != tt.n || e.Name != tt.name {
			t.Errorf("LongestMatch(%q, %d) = %q, %d; want %q, %d", tt.text, tt.i, e.Name, n, tt.name, tt.n)
		}
	}
}

func TestLongestMatchAllocs(t *testing.T) {
	ws := words("NATO believes in the necessity of dialogue with Russia, the Russian Federation and the Alliance, said RIA Novosti.")
	load()
	allocs := testing.AllocsPerRun(100, func() {
		for i := range ws {
			LongestMatch(ws, i)
		}
	})
	if allocs != 0 {
		t.Errorf("LongestMatch allocates %v times per sentence, want 0", allocs)
	}
}
