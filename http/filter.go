package http

import (
	nethttp "net/http"
	"strings"

	newsgraph "github.com/newsgraph/newsgraph"
)

// filterOf reads a query's filter from the URL's parameters.
func filterOf(r *nethttp.Request) (newsgraph.Filter, error) {
	q := r.URL.Query()
	get := func(k string) string { return strings.TrimSpace(q.Get(k)) }
	f := newsgraph.Filter{
		Text: get("text"), Speaker: get("speaker"), Entity: get("entity"), Actor: get("actor"),
		Target: get("target"), Type: get("type"), Outlet: get("outlet"), From: get("from"), To: get("to"),
	}
	if f.Text == "" {
		f.Text = get("q")
	}
	for _, d := range []string{f.From, f.To} {
		if d != "" && !isDate(d) {
			return f, newsgraph.Errorf(newsgraph.EINVALID, "date %q is not YYYY-MM-DD", d)
		}
	}
	for _, v := range []string{f.Text, f.Speaker, f.Entity, f.Actor, f.Target, f.Type, f.Outlet} {
		if len(v) > 1000 {
			return f, newsgraph.Errorf(newsgraph.EINVALID, "a query parameter is longer than 1000 bytes")
		}
	}
	return f, nil
}

func isDate(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && strings.Trim(s[:4]+s[5:7]+s[8:], "0123456789") == ""
}

// request reads a list request's filter and page, with the filter's
// limit set for the page.
func request(r *nethttp.Request) (newsgraph.Filter, paging, error) {
	f, err := filterOf(r)
	if err != nil {
		return f, paging{}, err
	}
	p, err := pagingOf(r)
	f.Limit = p.limit()
	return f, p, err
}
