package newsgraph

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"
	"sort"
	"strings"
	"time"
	"unicode"
)

// Submission is one article handed to a store: its record and what the
// reader knew about where it came from. NewSubmission fills the keys that
// link it to other articles.
type Submission struct {
	Record *Record
	// Source says where the article was read: a path, a URL, "feed.xml#3",
	// "crawl.warc.gz@1234".
	Source string
	// SourceHash is the hex SHA-256 of the article id and the bytes read
	// for it; a reader that finds it stored skips the article unread.
	SourceHash string
	// Modified is the last-modified date (YYYY-MM-DD) when the source gave
	// one apart from Article.Published.
	Modified *string
	// Extracted is false when the pipeline did not run, as for an article
	// in a language it does not read; the article is stored and flagged.
	Extracted bool

	// ContentHash is the hex SHA-256 of the title and text: an article
	// stored again with the same content hash is a no-op.
	ContentHash string
	// MinHash is the MinHash signature of the text's word 3-grams, nil when
	// the text is too short to compare.
	MinHash []uint32
}

// Outcomes of storing a submission.
const (
	PutNew       = "new"       // an article id not seen before
	PutDuplicate = "duplicate" // the same id with the same content: nothing changed
	PutRevised   = "revised"   // the same id with new content: a new revision
)

// PutResult says what a store did with one submission.
type PutResult struct {
	ArticleID string `json:"article_id"`
	Status    string `json:"status"`
	Revision  int    `json:"revision"`
	// CopyOf is the first article of the syndication group the article
	// joined as an exact or near duplicate, "" when it is alone.
	CopyOf string `json:"copy_of,omitempty"`
}

// StoredArticle is an article as a store holds it: the current revision's
// record and its bookkeeping.
type StoredArticle struct {
	Record      *Record   `json:"record"`
	Revision    int       `json:"revision"`
	Source      string    `json:"source"`
	SourceHash  string    `json:"source_hash"`
	ContentHash string    `json:"content_hash"`
	Modified    *string   `json:"modified"`
	Extracted   bool      `json:"extracted"`
	Group       string    `json:"group"` // syndication group: the id of its first article
	IngestedAt  time.Time `json:"ingested_at"`
}

// Revision is one stored version of an article, oldest first.
type Revision struct {
	Revision    int       `json:"revision"`
	Source      string    `json:"source"`
	ContentHash string    `json:"content_hash"`
	Title       string    `json:"title"`
	IngestedAt  time.Time `json:"ingested_at"`
}

// Stats counts what a store holds.
type Stats struct {
	Articles    int `json:"articles"`
	Revisions   int `json:"revisions"`
	NonEnglish  int `json:"non_english"`
	Groups      int `json:"syndication_groups"` // groups of two or more copies
	Entities    int `json:"entities"`           // after merging across articles
	Mentions    int `json:"mentions"`
	Quotes      int `json:"quotes"`
	Statements  int `json:"statements"` // statements reported by two or more articles
	Times       int `json:"times"`
	Events      int `json:"events"`        // per-article events
	EventGroups int `json:"linked_events"` // real-world events after linking
}

// Filter narrows a query. Empty fields do not filter; dates are
// YYYY-MM-DD and inclusive, compared with the article's publication date.
type Filter struct {
	Text    string // full-text query over quote or article text
	Speaker string // a name or alias of the speaker, or an entity id
	Entity  string // a name, alias or id of an entity (entities, timeline)
	Actor   string // a name, alias or id among an event's actors
	Target  string // a name, alias or id among an event's targets
	Dyad    bool   // Actor and Target may be on either side of the event
	Type    string // entity type, or event type (PLOVER) or CAMEO prefix
	Outlet  string
	From    string
	To      string
	Limit   int // at most this many rows; 0 means a store default
	Offset  int // skip this many rows first, for paging
}

// QuoteHit is one stored quote with its article's metadata.
type QuoteHit struct {
	ArticleID string   `json:"article_id"`
	QuoteID   string   `json:"quote_id"`
	Kind      string   `json:"kind"`
	Text      string   `json:"text"`
	Speaker   string   `json:"speaker,omitempty"`    // the speaker's name
	SpeakerID string   `json:"speaker_id,omitempty"` // merged entity id
	Via       []string `json:"via"`                  // relays' names, nearest first
	Statement string   `json:"statement,omitempty"`  // the key shared by the same statement elsewhere
	Outlet    string   `json:"outlet,omitempty"`
	Published string   `json:"published,omitempty"`
	URL       string   `json:"url,omitempty"`
}

// Statement is one statement reported by several articles: its reports,
// earliest first, each with its relays.
type Statement struct {
	Key     string     `json:"key"`
	Text    string     `json:"text"`
	Speaker string     `json:"speaker,omitempty"`
	Reports []QuoteHit `json:"reports"`
}

// EntityHit is one entity merged across articles.
type EntityHit struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles"`
	Articles int      `json:"articles"`
	Mentions int      `json:"mentions"`
}

// EventHit is one real-world event linked across articles, with the
// report it was first seen in (GDELT's event and mentions tables in one).
type EventHit struct {
	ID         string   `json:"id"`
	Type       string   `json:"type"`
	Mode       string   `json:"mode,omitempty"`
	Cameo      string   `json:"cameo,omitempty"`
	Goldstein  float64  `json:"goldstein"`
	QuadClass  int      `json:"quad_class"`
	Actors     []string `json:"actors"`     // names
	ActorIDs   []string `json:"actor_ids"`  // merged entity ids
	Targets    []string `json:"targets"`    // names
	TargetIDs  []string `json:"target_ids"` // merged entity ids
	Date       string   `json:"date,omitempty"`
	Place      string   `json:"place,omitempty"`
	Mentions   int      `json:"mentions"` // reports of the event
	Sources    int      `json:"sources"`  // distinct outlets
	Articles   []string `json:"articles"` // article ids, earliest first
	Outlet     string   `json:"outlet,omitempty"`
	URL        string   `json:"url,omitempty"`
	Published  string   `json:"published,omitempty"` // of the first report
	Evidence   string   `json:"evidence,omitempty"`  // of the first report
	Confidence float64  `json:"confidence"`
}

// ArticleHit is one stored article found by a search.
type ArticleHit struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Language  string `json:"language"`
	Group     string `json:"group"`
}

// ArticleService stores articles and their revisions.
type ArticleService interface {
	// PutArticles stores submissions in one transaction and says what it
	// did with each, in order.
	PutArticles(ctx context.Context, subs []*Submission) ([]PutResult, error)
	// SourceHashes returns the current source hash of each of the given
	// article ids that is stored.
	SourceHashes(ctx context.Context, ids []string) (map[string]string, error)
	// Article returns the current revision of an article, or ENOTFOUND.
	Article(ctx context.Context, id string) (*StoredArticle, error)
	// Revisions lists an article's revisions, oldest first, or ENOTFOUND.
	Revisions(ctx context.Context, id string) ([]Revision, error)
	// Articles searches the current revisions' titles and texts.
	Articles(ctx context.Context, f Filter) ([]ArticleHit, error)
	// Copies lists the articles of an article's syndication group, itself
	// included, first ingested first; ENOTFOUND for an unknown id.
	Copies(ctx context.Context, id string) ([]ArticleHit, error)
	// EachRecord calls fn with the current record of every article, in id
	// order, until fn returns an error.
	EachRecord(ctx context.Context, fn func(*StoredArticle) error) error
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
}

// QueryService answers questions across articles.
type QueryService interface {
	Quotes(ctx context.Context, f Filter) ([]QuoteHit, error)
	// Statements lists statements reported by two or more articles.
	Statements(ctx context.Context, f Filter) ([]Statement, error)
	Entities(ctx context.Context, f Filter) ([]EntityHit, error)
	// Entity returns one merged entity by id, or ENOTFOUND.
	Entity(ctx context.Context, id string) (*EntityHit, error)
	Events(ctx context.Context, f Filter) ([]EventHit, error)
}

// Store is everything a newsgraph store provides.
type Store interface {
	ArticleService
	QueryService
	Close() error
}

// NewSubmission returns the submission of rec with its content hash and
// MinHash signature filled in.
func NewSubmission(rec *Record, source, sourceHash string, extracted bool) *Submission {
	return &Submission{
		Record:      rec,
		Source:      source,
		SourceHash:  sourceHash,
		Extracted:   extracted,
		ContentHash: ContentHash(rec.Article.Title, rec.Article.Text),
		MinHash:     MinHash(rec.Article.Text),
	}
}

// ContentHash returns the hex SHA-256 of an article's title and text.
func ContentHash(title, text string) string {
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))
}

// words returns the lower-cased runs of letters and digits of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// minShingles is the fewest word 3-grams a text needs for a MinHash.
const minShingles = 20

// MinHashSize is the number of hashes in a MinHash signature.
const MinHashSize = 64

// minHashBands cuts a signature into bands of minHashRows hashes; texts
// sharing a band are candidates (locality-sensitive hashing).
const (
	minHashBands = 16
	minHashRows  = MinHashSize / minHashBands
)

// NearDuplicateSimilarity is the estimated Jaccard similarity of word
// 3-grams above which two articles are copies of one another.
const NearDuplicateSimilarity = 0.7

// MinHash returns the MinHash signature of the word 3-grams of text, or
// nil for a text of fewer than 20 of them.
func MinHash(text string) []uint32 {
	w := words(text)
	if len(w) < minShingles+2 {
		return nil
	}
	sig := make([]uint32, MinHashSize)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+3 <= len(w); i++ {
		h.Reset()
		h.Write([]byte(w[i] + " " + w[i+1] + " " + w[i+2]))
		x := h.Sum64()
		for k := range sig {
			if v := uint32(mix(x^seeds[k]) >> 32); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// seeds are the fixed seeds of the signature's hash functions.
var seeds = func() [MinHashSize]uint64 {
	var s [MinHashSize]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = mix(x + uint64(i) + 1)
		s[i] = x
	}
	return s
}()

// mix is the finaliser of SplitMix64.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// Similarity estimates the Jaccard similarity of the texts of two MinHash
// signatures; 0 when either is missing.
func Similarity(a, b []uint32) float64 {
	if len(a) != MinHashSize || len(b) != MinHashSize {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / MinHashSize
}

// NearDuplicate reports whether two signatures mark copies of one text.
func NearDuplicate(a, b []uint32) bool { return Similarity(a, b) >= NearDuplicateSimilarity }

// MinHashBands returns the band keys of a signature, one per band, which
// a store indexes to find candidate copies; nil for a nil signature.
func MinHashBands(sig []uint32) []int64 {
	if len(sig) != MinHashSize {
		return nil
	}
	out := make([]int64, minHashBands)
	for b := range out {
		x := uint64(b)
		for _, v := range sig[b*minHashRows : (b+1)*minHashRows] {
			x = mix(x ^ uint64(v))
		}
		out[b] = int64(x >> 1)
	}
	return out
}

// EncodeMinHash packs a signature into bytes for storage.
func EncodeMinHash(sig []uint32) []byte {
	out := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// DecodeMinHash unpacks what EncodeMinHash packed.
func DecodeMinHash(b []byte) []uint32 {
	if len(b) == 0 {
		return nil
	}
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

// honorifics are dropped from the front of names before they are compared.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true,
	"sir": true, "dame": true, "sen": true, "rep": true, "gov": true,
}

// NameKey returns the form in which names are compared across articles:
// lower case, words of letters and digits, leading honorifics dropped.
func NameKey(name string) string {
	w := words(name)
	for len(w) > 1 && honorifics[w[0]] {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// notNames open mentions that are not names ("the Secretary General", "he").
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"his": true, "her": true, "its": true, "their": true, "him": true, "them": true,
	"this": true, "that": true, "these": true, "those": true, "we": true, "our": true,
	"i": true, "my": true, "you": true, "your": true, "who": true, "which": true,
}

// EntityAliases returns the name keys by which an entity may be found in
// other articles: its name and the mentions that are proper names. A
// person is never known by one word alone, so that two people who share a
// surname are not merged.
func EntityAliases(e *Entity) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		r := []rune(strings.TrimSpace(s))
		if len(r) == 0 || !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return
		}
		k := NameKey(s)
		if k == "" || seen[k] || len(k) > 200 {
			return
		}
		w := strings.Fields(k)
		if notNames[w[0]] || len(w) > 8 || e.Type == Person && len(w) < 2 {
			return
		}
		seen[k] = true
		out = append(out, k)
	}
	add(e.Name)
	for _, m := range e.Mentions {
		add(m.Text)
	}
	return out
}

// EntityID returns the stable id of a new merged entity named key.
func EntityID(typ EntityType, key string) string {
	return string(typ) + ":" + strings.ReplaceAll(key, " ", "-")
}

// minStatementWords is the fewest words a quote needs to be matched with
// the same statement in other articles.
const minStatementWords = 6

// StatementKey returns the key shared by reports of the same statement in
// several articles, or "" for a quote too short to tell.
func StatementKey(text string) string {
	w := words(text)
	if len(w) < minStatementWords {
		return ""
	}
	sum := sha256.Sum256([]byte(strings.Join(w, " ")))
	return hex.EncodeToString(sum[:8])
}

// EventKey returns the id of the real-world event of the given type
// between merged entities on a date: reports of it in several articles
// share it.
func EventKey(typ string, actors, targets []string, date string) string {
	a := append([]string(nil), actors...)
	t := append([]string(nil), targets...)
	sort.Strings(a)
	sort.Strings(t)
	sum := sha256.Sum256([]byte(typ + "|" + strings.Join(a, ",") + "|" + strings.Join(t, ",") + "|" + date))
	return "ev:" + hex.EncodeToString(sum[:8])
}
