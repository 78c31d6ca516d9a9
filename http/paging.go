package http

import (
	nethttp "net/http"
	"net/url"
	"strconv"

	newsgraph "github.com/newsgraph/newsgraph"
)

// Page sizes: results come a page at a time, and every result can be
// reached by paging on.
const (
	defaultPerPage = 50
	maxPerPage     = 1000
	maxPage        = 1_000_000
)

// paging is the page a request asks for, counted from 1.
type paging struct {
	Page, PerPage int
}

// pagingOf reads ?page= and ?per_page=.
func pagingOf(r *nethttp.Request) (paging, error) {
	p := paging{Page: 1, PerPage: defaultPerPage}
	q := r.URL.Query()
	if v := q.Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxPage {
			return p, newsgraph.Errorf(newsgraph.EINVALID, "page must be a number from 1 to %d", maxPage)
		}
		p.Page = n
	}
	if v := q.Get("per_page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxPerPage {
			return p, newsgraph.Errorf(newsgraph.EINVALID, "per_page must be a number from 1 to %d", maxPerPage)
		}
		p.PerPage = n
	}
	return p, nil
}

func (p paging) offset() int { return (p.Page - 1) * p.PerPage }

// limit is the number of rows to ask for a list that is cut into pages
// after it is read (a timeline merges two lists): this page and the ones
// before it, and one more to tell whether another page follows.
func (p paging) limit() int { return p.offset() + p.PerPage + 1 }

// window narrows f to this page of a store's list, and one row more to
// tell whether another page follows; newWindowPage cuts the page.
func (p paging) window(f newsgraph.Filter) newsgraph.Filter {
	f.Offset, f.Limit = p.offset(), p.PerPage+1
	return f
}

// pageOf cuts this page out of the rows a store returned and says whether
// more follow.
func pageOf[T any](rows []T, p paging) ([]T, bool) {
	if len(rows) <= p.offset() {
		return []T{}, false
	}
	rows = rows[p.offset():]
	if len(rows) > p.PerPage {
		return rows[:p.PerPage], true
	}
	return rows, false
}

// Page is one page of a list in the API.
type Page[T any] struct {
	Items   []T    `json:"items"`
	Page    int    `json:"page"`
	PerPage int    `json:"per_page"`
	Next    string `json:"next,omitempty"` // the URL of the next page
}

func newPage[T any](r *nethttp.Request, rows []T, p paging) Page[T] {
	items, more := pageOf(rows, p)
	out := Page[T]{Items: items, Page: p.Page, PerPage: p.PerPage}
	if more {
		out.Next = pageURL(r.URL, p.Page+1)
	}
	return out
}

// newWindowPage is newPage for rows a store returned for p.window: they
// start at the page.
func newWindowPage[T any](r *nethttp.Request, rows []T, p paging) Page[T] {
	out := Page[T]{Items: rows, Page: p.Page, PerPage: p.PerPage}
	if len(rows) > p.PerPage {
		out.Items, out.Next = rows[:p.PerPage], pageURL(r.URL, p.Page+1)
	}
	if out.Items == nil {
		out.Items = []T{}
	}
	return out
}

// pageURL returns u with its page parameter set to n.
func pageURL(u *url.URL, n int) string {
	q := u.Query()
	q.Set("page", strconv.Itoa(n))
	return u.Path + "?" + q.Encode()
}
