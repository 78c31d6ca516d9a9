// Package newsgraph defines the article record: what newsgraph extracts from
// one news article (entities, quotes, times, events) and the errors its
// packages share. The JSON field names follow ../shared/spec/record.md and
// are a contract.
package newsgraph

// Schema names the record format written by this version.
const Schema = "newsgraph/record/1"

// Version is the extractor's version, reported in every record.
const Version = "0.1.0"

// Record is everything newsgraph extracts from one article.
type Record struct {
	Schema    string    `json:"schema"`
	Extractor Extractor `json:"extractor"`
	Article   Article   `json:"article"`
	Entities  []Entity  `json:"entities"`
	Quotes    []Quote   `json:"quotes"`
	Times     []Time    `json:"times"`
	Events    []Event   `json:"events"`
	// Diagnostics lists what the pipeline noticed but worked around
	// (invalid bytes, unbalanced quotation marks).
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}

// Extractor names the program and version that produced a record.
type Extractor struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Article is the input document as the offsets in a record refer to it.
type Article struct {
	ID             string   `json:"id"`
	URL            *string  `json:"url"`
	Outlet         *string  `json:"outlet"`
	Language       string   `json:"language"`
	Title          string   `json:"title"`
	Byline         []string `json:"byline"`
	Published      *string  `json:"published"`
	PublishedBasis *string  `json:"published_basis"`
	Text           string   `json:"text"`
}

// Published bases.
const (
	BasisGiven    = "given"
	BasisMetadata = "metadata"
	BasisInferred = "inferred"
)

// Span is a stretch of Article.Text: Unicode code-point offsets, end
// exclusive, with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// EntityType is the kind of referent an entity is.
type EntityType string

// Entity types.
const (
	Person       EntityType = "person"
	Organization EntityType = "organization"
	Country      EntityType = "country"
	Place        EntityType = "place"
	Media        EntityType = "media"
	NamedEvent   EntityType = "event"
	Other        EntityType = "other"
)

// Entity is one real-world referent in the article with all its mentions.
type Entity struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Roles    []Role     `json:"roles"`
	Mentions []Span     `json:"mentions"`
}

// Role is a title the text gives an entity, optionally of another entity
// ("Secretary General" of NATO).
type Role struct {
	Title string  `json:"title"`
	Of    *string `json:"of"`
}

// Quote kinds.
const (
	Direct   = "direct"
	Partial  = "partial"
	Indirect = "indirect"
)

// Quote is one statement: what was said, by whom, through whom.
type Quote struct {
	ID             string   `json:"id"`
	Kind           string   `json:"kind"`
	Text           string   `json:"text"`
	Span           Span     `json:"span"`
	Fragments      []Span   `json:"fragments,omitempty"`
	Speaker        *string  `json:"speaker"`
	SpeakerMention *Span    `json:"speaker_mention"`
	Cue            *Span    `json:"cue"`
	Via            []string `json:"via"`
	Time           *string  `json:"time"`
	Place          *string  `json:"place"`
	Setting        *string  `json:"setting"`
	Confidence     float64  `json:"confidence"`
}

// Time is a temporal expression with its TIMEX3 type and value.
type Time struct {
	ID    string `json:"id"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Span  Span   `json:"span"`
}

// Event is an act between actors, coded to PLOVER and CAMEO.
type Event struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Mode      string   `json:"mode"`
	Context   string   `json:"context"`
	Cameo     string   `json:"cameo"`
	Goldstein float64  `json:"goldstein"`
	QuadClass int      `json:"quad_class"`
	Actors    []string `json:"actors"`
	Targets   []string `json:"targets"`
	// ActorCodes and TargetCodes are CAMEO-style actor codes parallel to
	// Actors and Targets ("RUSGOV", "IGONAT"); "" where unknown.
	ActorCodes  []string `json:"actor_codes,omitempty"`
	TargetCodes []string `json:"target_codes,omitempty"`
	// Aux is PLOVER's auxiliary mode ("future") where it applies.
	Aux        string  `json:"aux,omitempty"`
	Time       *string `json:"time"`
	Place      *string `json:"place"`
	Evidence   []Span  `json:"evidence"`
	Confidence float64 `json:"confidence"`
}

// Diagnostic is something a stage noticed in the input and worked around.
// Offset is a code-point offset into Article.Text, or -1.
type Diagnostic struct {
	Stage   string `json:"stage"`
	Offset  int    `json:"offset"`
	Message string `json:"message"`
}

// EntityByID returns the entity with the given id, or nil.
func (r *Record) EntityByID(id string) *Entity {
	for i := range r.Entities {
		if r.Entities[i].ID == id {
			return &r.Entities[i]
		}
	}
	return nil
}
