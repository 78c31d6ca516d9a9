package quote

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/text"
)

// want is one expected statement: its kind, content (fragments joined by
// " | "), speaker phrase and cue. "" for speaker or cue means none.
type want struct {
	kind, content, speaker, cue string
}

func find(src string) (*text.Doc, []Quote) {
	doc := text.New(src)
	qs, _ := Find(doc, entity.Find(doc), nil, nil)
	return doc, qs
}

func got(doc *text.Doc, q Quote) want {
	var frags []string
	for _, f := range q.Fragments {
		frags = append(frags, doc.Source[f.Start:f.End])
	}
	w := want{kind: q.Kind, content: strings.Join(frags, " | ")}
	if q.SpeakerMention.Valid() {
		w.speaker = doc.Source[q.SpeakerMention.Start:q.SpeakerMention.End]
	}
	if q.Cue.Valid() {
		w.cue = doc.Source[q.Cue.Start:q.Cue.End]
	}
	return w
}

var tests = []struct {
	name string
	src  string
	want []want
}{
	{"after", `“We will not back down,” Jane Doe said.`,
		[]want{{Direct, "We will not back down,", "Jane Doe", "said"}}},
	{"inverted", `"We will not back down," said Jane Doe.`,
		[]want{{Direct, "We will not back down,", "Jane Doe", "said"}}},
	{"before colon", `Jane Doe said: “We will not back down.”`,
		[]want{{Direct, "We will not back down.", "Jane Doe", "said"}}},
	{"middle", `“The first part,” she said, “and the second part.”`,
		[]want{{Direct, "The first part, | and the second part.", "she", "said"}}},
	{"russian dash", `“I expect to discuss some issues”, — he said.`,
		[]want{{Direct, "I expect to discuss some issues", "he", "said"}}},
	{"guillemets", `«Nous resterons», — a déclaré le ministre. John Smith said: «We will stay.»`,
		[]want{{Direct, "We will stay.", "John Smith", "said"}}},
	{"german", `„Wir bleiben hier“, sagte er. John Smith said: „We stay here.“`,
		[]want{{Direct, "We stay here.", "John Smith", "said"}}},
	{"indirect that", `Jane Doe said that the plan had failed.`,
		[]want{{Indirect, "the plan had failed", "Jane Doe", "said"}}},
	{"indirect bare clause", `Jane Doe said the plan had failed.`,
		[]want{{Indirect, "the plan had failed", "Jane Doe", "said"}}},
	{"that and a comma", `Jane Doe said that, like him, she had been criticised.`,
		[]want{{Indirect, "like him, she had been criticised", "Jane Doe", "said"}}},
	{"not only ... but also", `The minister not only welcomed the plan but also stressed that it must be funded.`,
		[]want{{Indirect, "it must be funded", "The minister", "stressed"}}},
	{"clause before", `The plan had failed badly, a source said.`,
		[]want{{Indirect, "The plan had failed badly", "a source", "said"}}},
	{"according to", `According to Jane Doe, the plan had failed.`,
		[]want{{Indirect, "the plan had failed", "Jane Doe", "According to"}}},
	{"parenthetical", `Smith, in particular, stressed that “the door is open.”`,
		[]want{{Partial, "the door is open.", "Smith", "stressed"}}},
	{"partial inside indirect", `Jane Doe said the talks were “constructive” and useful.`,
		[]want{{Indirect, "the talks were “constructive” and useful", "Jane Doe", "said"},
			{Partial, "constructive", "Jane Doe", "said"}}},
	{"told addressee", `The minister told reporters that the border would stay closed.`,
		[]want{{Indirect, "the border would stay closed", "The minister", "told"}}},
	{"apposition", `Hugh Hill, a spokesman for the ministry, said the deal was off.`,
		[]want{{Indirect, "the deal was off", "Hugh Hill, a spokesman for the ministry,", "said"}}},
	{"expressed confidence", `Jane Doe expressed confidence that the deal would hold.`,
		[]want{{Indirect, "the deal would hold", "Jane Doe", "expressed confidence"}}},
	{"coordinated", `Jane Doe said that the deal was dead, but also stressed that talks would go on.`,
		[]want{{Indirect, "the deal was dead", "Jane Doe", "said"},
			{Indirect, "talks would go on", "Jane Doe", "stressed"}}},
	{"participle", `Jane Doe spoke on Monday, arguing that the deal was dead.`,
		[]want{{Indirect, "the deal was dead", "", "arguing"}}},
	{"noun not cue", `The state of the economy is a report card.`, nil},
	{"scare quotes", `The so-called “peace plan” was rejected.`, nil},
	{"continuation", "“This decision remains in force,” he said. “But we will talk.”",
		[]want{{Direct, "This decision remains in force, | But we will talk.", "he", "said"}}},
	{"two paragraphs", "Jane Doe said: “The first paragraph goes on.\n\n“And the second ends it.”",
		[]want{{Direct, "The first paragraph goes on. | And the second ends it.", "Jane Doe", "said"}}},

	// Fixed bugs.
	{"name after a place phrase", `At a briefing on the sidelines of the Munich forum Stoltenberg said that NATO is ready.`,
		[]want{{Indirect, "NATO is ready", "Stoltenberg", "said"}}},
	{"apposition with a name inside", `“He is right,” Flynn, a top Trump surrogate, said Thursday.`,
		[]want{{Direct, "He is right,", "Flynn, a top Trump surrogate,", "said"}}},
	{"trailer claims the clause", `Clinton had told police that she wanted no escort, the source added.`,
		[]want{{Indirect, "Clinton had told police that she wanted no escort", "the source", "added"}}},
	{"as reported is a relay", `NATO is ready for talks with Russia. As reported on Friday by Reuters, the Secretary General said at a meeting in Munich.`,
		[]want{{Indirect, "NATO is ready for talks with Russia", "the Secretary General", "said"}}},
}

func TestFind(t *testing.T) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, qs := find(tt.src)
			var gots []want
			for _, q := range qs {
				gots = append(gots, got(doc, q))
			}
			if len(gots) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %d %+v", len(gots), gots, len(tt.want), tt.want)
			}
			for i := range gots {
				if gots[i] != tt.want[i] {
					t.Errorf("quote %d:\n got %+v\nwant %+v", i, gots[i], tt.want[i])
				}
			}
		})
	}
}

// TestUnbalanced checks that a mark never closed ends with its paragraph
// and leaves the quotes after it intact.
func TestUnbalanced(t *testing.T) {
	src := "Jane Doe said: “This never closes.\n\nThe weather was fine.\n\n“We are ready,” John Smith said."
	doc, qs := find(src)
	last := qs[len(qs)-1]
	if g := got(doc, last); g != (want{Direct, "We are ready,", "John Smith", "said"}) {
		t.Errorf("last quote = %+v", g)
	}
	_, diags := Find(doc, entity.Find(doc), nil, nil)
	if len(diags) == 0 {
		t.Error("no diagnostic for the unbalanced mark")
	}
}

// TestUnclosedInsideIndirect checks that a mark opened after "that" and
// never closed gives one partial quote, not the same words twice.
func TestUnclosedInsideIndirect(t *testing.T) {
	doc, qs := find("The chair complained that “the delegations arrived late and left early.\n\nNothing else happened.")
	if len(qs) != 1 || qs[0].Kind != Partial {
		var gots []want
		for _, q := range qs {
			gots = append(gots, got(doc, q))
		}
		t.Errorf("got %+v, want one partial quote", gots)
	}
}

// A relative pronoun that speaks stands for the name before it, past an
// apposition, also without a parser.
func TestRelativeSpeaker(t *testing.T) {
	doc := text.New("David Kamin, an adviser to the campaign, who emphasized that the plan was fair, spoke on Monday.")
	ents := entity.Find(doc)
	qs, _ := Find(doc, ents, nil, nil)
	if len(qs) != 1 || qs[0].Speaker < 0 {
		t.Fatalf("quotes %+v", qs)
	}
	q := qs[0]
	if name := ents.Entities[q.Speaker].Name; name != "David Kamin" || doc.Source[q.SpeakerMention.Start:q.SpeakerMention.End] != "who" {
		t.Errorf("speaker %q, mention %q; want David Kamin, who", name, doc.Source[q.SpeakerMention.Start:q.SpeakerMention.End])
	}
}
