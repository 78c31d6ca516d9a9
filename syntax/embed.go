package syntax

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"sync"
)

// The trained models, their manifests and notice (CC BY-SA 4.0, from UD
// English EWT). `newsgraph train tagger|parser` rebuilds them.
//
//go:embed model
var modelFiles embed.FS

var (
	loadOnce  sync.Once
	loaded    *Model
	loadError error
)

// Load returns the model embedded in the binary. It decodes it on the
// first call; every call returns the same Model, which all goroutines may
// share.
func Load() (*Model, error) {
	loadOnce.Do(func() { loaded, loadError = loadEmbedded() })
	return loaded, loadError
}

func loadEmbedded() (*Model, error) {
	tb, err := modelFiles.ReadFile("model/tagger.gz")
	if err != nil {
		return nil, fmt.Errorf("syntax: no embedded tagger: %w", err)
	}
	pb, err := modelFiles.ReadFile("model/parser.gz")
	if err != nil {
		return nil, fmt.Errorf("syntax: no embedded parser: %w", err)
	}
	// The two decode at once: loading takes as long as the parser alone.
	var (
		t    *Tagger
		terr error
		done = make(chan struct{})
	)
	go func() {
		defer close(done)
		t, terr = ReadTagger(bytes.NewReader(tb))
	}()
	p, perr := ReadParser(bytes.NewReader(pb))
	<-done
	if terr != nil {
		return nil, terr
	}
	if perr != nil {
		return nil, perr
	}
	return NewModel(t, p)
}

// Manifests returns the manifests of the embedded tagger and parser.
func Manifests() (tagger, parser Manifest, err error) {
	for _, m := range []struct {
		name string
		into *Manifest
	}{{"tagger", &tagger}, {"parser", &parser}} {
		b, err := modelFiles.ReadFile("model/" + m.name + ".json")
		if err != nil {
			return tagger, parser, fmt.Errorf("syntax: no embedded %s manifest: %w", m.name, err)
		}
		if err := json.Unmarshal(b, m.into); err != nil {
			return tagger, parser, fmt.Errorf("syntax: %s manifest: %w", m.name, err)
		}
	}
	return tagger, parser, nil
}

// Embedded returns the bytes of an embedded model file: "tagger.gz",
// "parser.gz", their manifests or "NOTICE".
func Embedded(name string) ([]byte, error) { return modelFiles.ReadFile("model/" + name) }
