package http

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"mime"
	nethttp "net/http"
	"path"
	"sync"
)

//go:embed assets
var assetsFS embed.FS

// asset is one embedded file with its checksum.
type asset struct {
	body []byte
	sum  string
}

var (
	assetsOnce sync.Once
	assets     map[string]asset
)

func loadAssets() {
	assets = map[string]asset{}
	names, err := assetsFS.ReadDir("assets")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		b, err := assetsFS.ReadFile("assets/" + n.Name())
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(b)
		assets[n.Name()] = asset{body: b, sum: hex.EncodeToString(sum[:6])}
	}
}

// staticURL returns the URL of an embedded asset, named by its checksum
// so that it can be cached for good.
func staticURL(name string) string {
	assetsOnce.Do(loadAssets)
	return "/static/" + assets[name].sum + "/" + name
}

// GET /static/{sum}/{name}
func (s *Server) static(w nethttp.ResponseWriter, r *nethttp.Request) {
	assetsOnce.Do(loadAssets)
	a, ok := assets[r.PathValue("name")]
	if !ok {
		s.pageNotFound(w, r)
		return
	}
	if r.PathValue("sum") == a.sum {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(r.PathValue("name"))))
	w.Write(a.body)
}
