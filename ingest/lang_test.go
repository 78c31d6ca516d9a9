package ingest

import "testing"

func TestLanguage(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The council met on Tuesday and said that the reservoir was low, after a dry winter in which the farmers of the valley lost half of their crops.", "en"},
		{"Генеральный секретарь совета заявил, что переговоры о водохранилище продолжатся на следующей неделе.", "ru"},
		{"Le conseil municipal a décidé mardi de limiter la quantité d'eau que l'usine d'embouteillage peut prélever dans le réservoir, après que les agriculteurs des villages ont dit que le niveau était au plus bas depuis douze ans.", "fr"},
		{"Der Gemeinderat hat am Dienstag beschlossen, die Wassermenge zu begrenzen, die die Abfüllanlage aus dem Stausee entnehmen darf, nachdem die Bauern aus den unteren Dörfern gesagt hatten, der Pegel sei so niedrig wie seit zwölf Jahren nicht mehr.", "de"},
		{"Short note.", "en"},
		// Fixed bugs.
		{"Following are the top scorers of the Italian first division league after the soccer matches played on Sunday:\n\n8 Christian Rigano (Messina)\n\n6 Eugenio Corini (Palermo)\n\nAmauri (Palermo)\n\nRolando Bianchi (Reggina)\n\n5 Mario Frick (Siena)\n\nGiorgio Corona (Catania)\n\nAdrian Mutu (Fiorentina)\n\nCristiano Doni (Atalanta)\n\nVincenzo Iaquinta (Udinese)", "en"},
	} {
		if got := language(tc.text); got != tc.want {
			t.Errorf("language(%.40q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}
