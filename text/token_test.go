package text

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"Lt. Gen. Michael Flynn said", []string{"Lt", ".", "Gen", ".", "Michael", "Flynn", "said"}},
		{"the U.S. and U.N. envoys", []string{"the", "U.S.", "and", "U.N.", "envoys"}},
		{"Trump’s don't well-known", []string{"Trump’s", "don't", "well-known"}},
		{"3.5 percent, 1,000 troops on 17.02.2017", []string{"3.5", "percent", ",", "1,000", "troops", "on", "17.02.2017"}},
		{"“Yes”, — he said", []string{"“", "Yes", "”", ",", "—", "he", "said"}},
		{"''We agree,'' he said", []string{"''", "We", "agree", ",", "''", "he", "said"}},
		{"wait... what", []string{"wait", "...", "what"}},
		// Fixed bugs.
		{"٥ digits", []string{"٥", "digits"}}, // a non-ASCII digit once hung the tokenizer
	}
	for _, tt := range tests {
		d := New(tt.src)
		var got []string
		for i := range d.Tokens {
			got = append(got, d.TokenText(i))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"Retired Lt. Gen. Michael Flynn said so. He left.", []string{"Retired Lt. Gen. Michael Flynn said so.", "He left."}},
		{"He lives in the U.S. The weather is fine.", []string{"He lives in the U.S.", "The weather is fine."}},
		{"J. Smith arrived. Then he left.", []string{"J. Smith arrived.", "Then he left."}},
		{"He said “It is over.” Then he left.", []string{"He said “It is over.”", "Then he left."}},
		{"It rose 3.5 percent. Prices fell.", []string{"It rose 3.5 percent.", "Prices fell."}},
		{"Headline without a stop\n\nFirst sentence. Second one.", []string{"Headline without a stop", "First sentence.", "Second one."}},
		{"“I know”, — he said. Mr. Smith agreed.", []string{"“I know”, — he said.", "Mr. Smith agreed."}},
	}
	for _, tt := range tests {
		d := New(tt.src)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, d.Source[s.Start:s.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
		}
	}
	if d := New("Headline without a stop\n\nFirst sentence."); !d.Sentences[0].Headline {
		t.Error("headline not marked")
	}
}
