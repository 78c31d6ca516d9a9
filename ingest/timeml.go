package ingest

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// agency is the news agency code at the front of a TimeML document id
// (APW19980807.0261, AFP_ENG_20061202.0379, wsj_0006).
var agency = regexp.MustCompile(`^[A-Za-z]+`)

// timeML reads a TimeML document: the text of its TEXT element, its
// DOCID, TITLE and creation time (DCT).
func timeML(name string, b []byte) *Item {
	it := fileItem(name, &Item{})
	it.ID = ""
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var (
		path []string
		text strings.Builder
		seen bool
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			it.Err = fmt.Errorf("TimeML: %w", err)
			return it
		}
		switch t := tok.(type) {
		case xml.StartElement:
			path = append(path, t.Name.Local)
			if t.Name.Local == "TIMEX3" && inside(path, "DCT") {
				for _, a := range t.Attr {
					if a.Name.Local == "value" {
						it.Published = a.Value
					}
				}
			}
			if t.Name.Local == "TEXT" {
				seen = true
			}
		case xml.EndElement:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
		case xml.CharData:
			switch {
			case inside(path, "TEXT"):
				text.Write(t)
			case inside(path, "DOCID"):
				it.ID += strings.TrimSpace(string(t))
			case inside(path, "TITLE"):
				it.Title += strings.TrimSpace(string(t))
			}
		}
	}
	if !seen {
		it.Err = fmt.Errorf("TimeML: no TEXT element")
		return it
	}
	it.Text = []byte(strings.TrimSpace(text.String()))
	if it.ID == "" {
		it.ID = fileItem(name, &Item{}).ID
	}
	it.Outlet = agency.FindString(it.ID)
	if len(it.Published) > 10 {
		it.Published = it.Published[:10]
	}
	return it
}

func inside(path []string, name string) bool {
	for _, p := range path {
		if p == name {
			return true
		}
	}
	return false
}
