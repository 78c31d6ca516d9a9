package eval

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestInPolNeARConvention(t *testing.T) {
	tests := []struct {
		text, ours, want string
	}{
		{`“We were there,” she said.`, `We were there`, `“We were there,”`},
		{`“We were there,” she said.`, `We were there,`, `“We were there,”`},
		{`''There is a lot of complexity,'' said Mr. Burman.`, `There is a lot of complexity`, `''There is a lot of complexity,''`},
		{`The Post reports that the team avoided it.`, `the team avoided it`, `that the team avoided it`},
		{`He said that, like him, she was criticised.`, `like him, she was criticised`, `that, like him, she was criticised`},
		{`He said the plan worked.`, `the plan worked`, `the plan worked`},
		{`The plan, he said, worked.`, `The plan`, `The plan`},
		{`He said thatcher was right.`, `was right`, `was right`},
	}
	for _, tt := range tests {
		text := []rune(tt.text)
		start := strings.Index(tt.text, tt.ours)
		if start < 0 {
			t.Fatalf("%q not in %q", tt.ours, tt.text)
		}
		s := len([]rune(tt.text[:start]))
		q := &newsgraph.Quote{Span: newsgraph.Span{Start: s, End: s + len([]rune(tt.ours))}}
		got := inPolNeARConvention([]*newsgraph.Quote{q}, text)[0].Fragments[0]
		if g := string(text[got.Start:got.End]); g != tt.want {
			t.Errorf("%q in %q: got %q, want %q", tt.ours, tt.text, g, tt.want)
		}
	}
}
