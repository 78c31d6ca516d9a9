package http

import (
	"bytes"
	"embed"
	"html/template"
	"log"
	nethttp "net/http"
	"net/url"
	"strings"
	"sync"

	newsgraph "github.com/newsgraph/newsgraph"
)

//go:embed html/*.html
var htmlFS embed.FS

// pages holds each page's template, parsed once with the layout.
var (
	pagesOnce sync.Once
	pages     map[string]*template.Template
)

// funcs are the helpers templates use; each returns text for the
// template to escape, never HTML.
var funcs = template.FuncMap{
	"static":    staticURL,
	"path":      pathEscape,
	"query":     url.QueryEscape,
	"join":      strings.Join,
	"quadName":  quadName,
	"quadClass": func(q int) string { return "quad" + string(rune('0'+q%5)) },
	"entityURL": func(id string) string { return "/entities/" + pathEscape(id) },
	"dyadURL": func(a, b string) string {
		return "/dyad?a=" + url.QueryEscape(a) + "&b=" + url.QueryEscape(b)
	},
	"quoteURL": func(article, quote string) string {
		return "/quotes/" + pathEscape(article) + "/" + pathEscape(quote)
	},
	"articleURL": func(id string) string { return "/articles/" + pathEscape(id) },
	"or": func(a, b string) string {
		if a == "" {
			return b
		}
		return a
	},
	"deref": func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	},
	"add": func(a, b int) int { return a + b },
}

func parsePages() {
	pages = map[string]*template.Template{}
	names, err := htmlFS.ReadDir("html")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		if n.Name() == "layout.html" {
			continue
		}
		t := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(htmlFS, "html/layout.html", "html/"+n.Name()))
		pages[strings.TrimSuffix(n.Name(), ".html")] = t
	}
}

// view is what every page's template gets.
type view struct {
	Title string
	Query string // the search box's words
	Data  any
}

// render writes a page; a template error is an internal error, reported
// before anything is written.
func render(w nethttp.ResponseWriter, r *nethttp.Request, status int, page string, v view) {
	pagesOnce.Do(parsePages)
	t, ok := pages[page]
	if !ok {
		pageError(w, r, newsgraph.Errorf(newsgraph.EINTERNAL, "no page %q", page))
		return
	}
	var b bytes.Buffer
	if err := t.Execute(&b, v); err != nil {
		log.Printf("http: page %s: %v", page, err)
		if page != "error" {
			pageError(w, r, err)
		} else {
			nethttp.Error(w, "internal error", nethttp.StatusInternalServerError)
		}
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// pageError shows an error page with the status err's code maps to.
func pageError(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	_, status := errorStatus(err)
	msg := newsgraph.ErrorMessage(err)
	if status == nethttp.StatusInternalServerError {
		log.Printf("http: %s %s: %v", r.Method, r.URL.Path, err)
	}
	render(w, r, status, "error", view{Title: nethttp.StatusText(status), Data: map[string]any{"Status": status, "Message": msg}})
}

func (s *Server) pageNotFound(w nethttp.ResponseWriter, r *nethttp.Request) {
	pageError(w, r, newsgraph.Errorf(newsgraph.ENOTFOUND, "no page at %s", r.URL.Path))
}

// pathEscape escapes one path segment.
func pathEscape(s string) string { return url.PathEscape(s) }

// quadNames are the PLOVER/CAMEO quad classes.
var quadNames = [...]string{"uncoded", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

func quadName(q int) string {
	if q < 0 || q >= len(quadNames) {
		return quadNames[0]
	}
	return quadNames[q]
}

// queryEscape escapes a query parameter's value.
func queryEscape(s string) string { return url.QueryEscape(s) }
