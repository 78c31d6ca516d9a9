// Package event finds the acts between actors that an article reports —
// meetings and visits, agreements, support, concessions, cooperation and
// aid, retreats, requests, accusations, rejections, threats, protests,
// sanctions, mobilisations, coercion and assaults — and codes each one to
// PLOVER (type, mode, context) and to the closest CAMEO code with its
// Goldstein score and quad class. Every event names the words that support
// it (evidence spans) and says how sure the finder is.
//
// Events come from patterns over tokens and entity mentions: a trigger
// from the lexicon (data/triggers.tsv: "met", "held talks with", "imposed
// sanctions on", "at a meeting with"), its subject to the left (skipping
// prepositional phrases and appositions, following "X and Y"), its object
// or prepositional slots to the right, passive voice ("was attacked by"),
// negation ("did not meet": no event), modality ("plans to visit" is
// AGREE, "threatened to strike" THREATEN, "refused to meet" REJECT) and
// denials and conditions (no event). Mentions of one real-world event
// ("met", later "the two leaders discussed") merge into one event with
// several evidence spans.
//
// It creates: []Event, and entities for actors the entity layer leaves
// without one: a country named by a demonym ("Russian troops" -> Russia),
// a group named by a common noun ("protesters"), a joint body ("the
// Council Russia — NATO" -> NATO-Russia Council). It needs: text.Doc,
// entity.Set and the byte spans of the article's dates; optionally
// PETRARCH/Phoenix dictionaries (LoadDictionaries) for more actor codes
// and verb patterns, and a dependency parser (Options.Syntax) for the
// sentences where the patterns leave an actor or a target open.
package event

import (
	"github.com/newsgraph/newsgraph/entity"
	"github.com/newsgraph/newsgraph/syntax"
	"github.com/newsgraph/newsgraph/text"
)

// Span is a byte range of the document source, end exclusive.
type Span struct{ Start, End int }

// Event is one act between actors with its coding and evidence.
type Event struct {
	// Type, Mode and Context are PLOVER's: "CONSULT", "visit",
	// "diplomatic". Mode and Context may be empty.
	Type, Mode, Context string
	// Aux is PLOVER's auxiliary mode where it applies: "future" for an
	// announced act that PLOVER does not turn into AGREE or CONCEDE ("will
	// impose sanctions"), else "".
	Aux string
	// Cameo is the closest CAMEO event code; Goldstein its weight and
	// QuadClass its quad class (1 verbal cooperation .. 4 material
	// conflict).
	Cameo     string
	Goldstein float64
	QuadClass int
	// Actors and Targets are entity indices in the entity.Set. Symmetric
	// acts (meetings, clashes, joint exercises) list every participant as
	// an actor and no target; a visit lists the visitor as actor and the
	// host as target.
	Actors, Targets []int
	// ActorCodes and TargetCodes are CAMEO-style actor codes parallel to
	// Actors and Targets: country or IGO code and sector ("RUSGOV",
	// "IGONAT", "UKRMIL", "CVL"); "" where unknown.
	ActorCodes, TargetCodes []string
	// Place is an entity index or -1.
	Place int
	// Time is an index into the dates passed to Find, or -1.
	Time int
	// Evidence are the words that report the event, one span per
	// mention of it, in text order.
	Evidence []Span
	// Negated is never set by Find: negated events are dropped. Tests and
	// other producers may use it.
	Negated bool
	// Confidence is in (0, 1].
	Confidence float64
}

// Options changes how Find works.
type Options struct {
	// Dictionaries, when not nil, adds the actor codes and verb patterns
	// of PETRARCH/Phoenix dictionaries to the built-in lexicon.
	Dictionaries *Dictionaries
	// Syntax, when not nil, parses the sentences where the patterns
	// leave an event's participants open or may have taken them from an
	// inserted phrase (see treeArgs); nil finds them by patterns alone.
	Syntax syntax.Sentences
}

// Find returns the events of doc in text order of their first evidence.
// dates are the byte spans of the article's date expressions in text
// order; each event's Time indexes them. Find adds entities and mentions
// to ents for actors it names (see the package comment).
func Find(doc *text.Doc, ents *entity.Set, dates []Span, opt Options) []Event {
	if len(doc.Tokens) == 0 {
		return nil
	}
	f := newFinder(doc, ents, dates, opt)
	f.jointBodies()
	f.index()
	for si := range doc.Sentences {
		f.sentence(si)
	}
	return f.merge(f.build())
}
