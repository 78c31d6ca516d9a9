package http

import (
	nethttp "net/http"
)

// dyadView is the dyad page: two actors' events on a timeline coloured by
// quad class, cooperation and conflict per month, and what each said
// about the other.
type dyadView struct {
	*Dyad
	Timeline *svgPlot
	Plot     *svgPlot
}

// GET /dyad?a=&b=
func (s *Server) dyadPage(w nethttp.ResponseWriter, r *nethttp.Request) {
	d, err := s.dyad(r)
	if err != nil {
		pageError(w, r, err)
		return
	}
	v := dyadView{Dyad: d, Timeline: eventTimeline(d.Events.Items), Plot: monthPlot(d.Months)}
	render(w, r, nethttp.StatusOK, "dyad", view{Title: d.A.Name + " and " + d.B.Name, Data: v})
}
