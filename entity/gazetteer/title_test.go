package gazetteer

import "testing"

func TestLookupTitle(t *testing.T) {
	tests := []struct {
		form   string
		ok     bool
		title  string
		sector string
	}{
		{"foreign Minister", true, "Minister of Foreign Affairs", "GOV"},
		{"Foreign Minister", true, "Minister of Foreign Affairs", "GOV"},
		{"Minister of foreign Affairs", true, "Minister of Foreign Affairs", "GOV"},
		{"the Minister of Foreign Affairs", true, "Minister of Foreign Affairs", "GOV"},
		{"Secretary General", true, "Secretary General", "IGO"},
		{"Secretary-General", true, "Secretary General", "IGO"},
		{"The Secretary General", true, "Secretary General", "IGO"},
		{"spokesman", true, "Spokesperson", ""},
		{"spokeswoman", true, "Spokesperson", ""},
		{"spokesperson", true, "Spokesperson", ""},
		{"Kremlin spokesman", true, "Presidential Spokesman", "GOV"},
		{"press secretary", true, "Press Secretary", "GOV"},
		{"Defense Secretary", true, "Secretary of Defense", "GOV"},
		{"Defence Minister", true, "Minister of Defense", "GOV"},
		{"Secretary of State", true, "Secretary of State", "GOV"},
		{"Sen.", true, "Senator", "LEG"},
		{"Sen", true, "Senator", "LEG"},
		{"sen.", false, "", ""},
		{"senator", true, "Senator", "LEG"},
		{"Rep.", true, "Representative", "LEG"},
		{"Gov.", true, "Governor", "GOV"},
		{"Lt. Gen.", true, "Lieutenant General", "MIL"},
		{"Gen.", true, "General", "MIL"},
		{"Adm.", true, "Admiral", "MIL"},
		{"CEO", true, "Chief Executive Officer", "BUS"},
		{"ceo", false, "", ""},
		{"campaign manager", true, "Campaign Manager", "PTY"},
		{"Speaker", true, "Speaker", "LEG"},
		{"Chief of Staff", true, "Chief of Staff", "GOV"},
		{"ambassador", true, "Ambassador", "GOV"},
		{"mayor", true, "Mayor", "GOV"},
		{"chancellor", true, "Chancellor", "GOV"},
		{"Justice", true, "Justice", "JUD"},
		{"justice", false, "", ""},
		// Modifiers.
		{"Deputy Foreign Minister", true, "Deputy Minister of Foreign Affairs", "GOV"},
		{"deputy prime minister", true, "Deputy Prime Minister", "GOV"},
		{"First Deputy Prime Minister", true, "First Deputy Prime Minister", "GOV"},
		{"Acting Secretary of Defense", true, "Acting Secretary of Defense", "GOV"},
		{"Vice President", true, "Vice President", "GOV"},
		{"Chief Economist", true, "Chief Economist", "BUS"},
		{"Chief", true, "Head", ""},
		{"Chief of Staff", true, "Chief of Staff", "GOV"},
		{"Deputy", false, "", ""},
		{"Deputy Stoltenberg", false, "", ""},
		{"Secretary General of NATO", false, "", ""},
		{"", false, "", ""},
	}
	for _, tt := range tests {
		got, ok := LookupTitle(tt.form)
		if ok != tt.ok || got.Title != tt.title || got.Sector != tt.sector {
			t.Errorf("LookupTitle(%q) = %+v, %v; want %q (%s), %v", tt.form, got, ok, tt.title, tt.sector, tt.ok)
		}
	}
}

func TestLongestTitle(t *testing.T) {
	tests := []struct {
		text  string
		i     int
		title string
		n     int
	}{
		{"Sen. Lindsey Graham said", 0, "Senator", 2},
		{"Deputy Prime Minister Ivan", 0, "Deputy Prime Minister", 3},
		{"the Minister of foreign Affairs of Russia", 1, "Minister of Foreign Affairs", 4},
		{"the Secretary General of the Alliance", 1, "Secretary General", 2},
		{"Lt. Gen. Smith", 0, "Lieutenant General", 4},
		{"Chief Economist Jane Doe", 0, "Chief Economist", 2},
		{"Chief Jane Doe", 0, "Head", 1},
		{"Jens Stoltenberg", 0, "", 0},
	}
	for _, tt := range tests {
		got, n := LongestTitle(words(tt.text), tt.i)
		if n != tt.n || got.Title != tt.title {
			t.Errorf("LongestTitle(%q, %d) = %q, %d; want %q, %d", tt.text, tt.i, got.Title, n, tt.title, tt.n)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		f    func(string) bool
		name string
		w    string
		want bool
	}{
		{IsGivenName, "IsGivenName", "Jens", true},
		{IsGivenName, "IsGivenName", "Sergey", true},
		{IsGivenName, "IsGivenName", "Sergei", true},
		{IsGivenName, "IsGivenName", "Vladimir", true},
		{IsGivenName, "IsGivenName", "Dmitry", true},
		{IsGivenName, "IsGivenName", "Maria", true},
		{IsGivenName, "IsGivenName", "Mohammed", true},
		{IsGivenName, "IsGivenName", "JENS", true},
		{IsGivenName, "IsGivenName", "jens", false},
		{IsGivenName, "IsGivenName", "Stoltenberg", false},
		{IsGivenName, "IsGivenName", "Will", false},
		{IsGivenName, "IsGivenName", "", false},
		{IsHonorific, "IsHonorific", "Mr.", true},
		{IsHonorific, "IsHonorific", "Mr", true},
		{IsHonorific, "IsHonorific", "Mrs.", true},
		{IsHonorific, "IsHonorific", "Ms.", true},
		{IsHonorific, "IsHonorific", "Dr.", true},
		{IsHonorific, "IsHonorific", "mr.", false},
		{IsHonorific, "IsHonorific", "M.", false},
		{IsOrgHead, "IsOrgHead", "Ministry", true},
		{IsOrgHead, "IsOrgHead", "ministry", true},
		{IsOrgHead, "IsOrgHead", "Department", true},
		{IsOrgHead, "IsOrgHead", "Council", true},
		{IsOrgHead, "IsOrgHead", "Inc.", true},
		{IsOrgHead, "IsOrgHead", "Inc", true},
		{IsOrgHead, "IsOrgHead", "University", true},
		{IsOrgHead, "IsOrgHead", "Bank", true},
		{IsOrgHead, "IsOrgHead", "Stoltenberg", false},
	}
	for _, tt := range tests {
		if got := tt.f(tt.w); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.name, tt.w, got, tt.want)
		}
	}
}
