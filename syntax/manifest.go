package syntax

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// Manifest describes a model file: what it was trained on and how, its
// size, and its scores on the dev set. The training command writes it
// beside the model (tagger.gz: tagger.json), and a test checks the
// embedded models against theirs.
type Manifest struct {
	Model   string `json:"model"` // "tagger" or "parser"
	Format  int    `json:"format"`
	Corpus  string `json:"corpus"`
	License string `json:"license"`
	Notice  string `json:"notice"`
	Train   Data   `json:"train"`
	Dev     Data   `json:"dev"`

	Epochs int    `json:"epochs"`
	Seed   uint64 `json:"seed"`
	Seeds  int    `json:"seeds,omitempty"` // parsers averaged
	Folds  int    `json:"folds"`

	Classes  int `json:"classes"`
	Features int `json:"features"`
	Weights  int `json:"weights"`

	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
	// Tagger is the SHA-256 of the tagger whose tags a parser was scored
	// on.
	Tagger string `json:"tagger_sha256,omitempty"`

	// DevScores are CoNLL 2018 scores in percent on the dev set with gold
	// tokenisation: UPOS, XPOS, Lemmas, and for a parser UAS and LAS.
	DevScores map[string]float64 `json:"dev_scores"`
}

// Data names a treebank file.
type Data struct {
	File      string `json:"file"` // base name
	SHA256    string `json:"sha256"`
	Sentences int    `json:"sentences"`
	Words     int    `json:"words"`
}

// Manifest returns the manifest fields the tagger knows; file is the
// model file as written.
func (t *Tagger) Manifest(file []byte) Manifest {
	return Manifest{
		Model: "tagger", Format: formats["tagger"],
		Epochs: t.opts.Epochs, Seed: t.opts.Seed, Folds: t.opts.Folds,
		Classes: len(t.tags), Features: t.Features(), Weights: t.Weights(),
		Bytes: len(file), SHA256: Checksum(file),
	}
}

// Manifest returns the manifest fields the parser knows; file is the
// model file as written.
func (p *Parser) Manifest(file []byte) Manifest {
	return Manifest{
		Model: "parser", Format: formats["parser"],
		Epochs: p.opts.Epochs, Seed: p.opts.Seed, Seeds: p.opts.Seeds, Folds: p.opts.Folds,
		Classes: len(p.moves), Features: p.Features(), Weights: p.Weights(),
		Bytes: len(file), SHA256: Checksum(file),
	}
}

// Checksum returns the hex SHA-256 of b.
func Checksum(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Encode returns m as indented JSON.
func (m Manifest) Encode() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("syntax: manifest: %w", err)
	}
	return append(b, '\n'), nil
}
