package eval

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadMEANTIME reads one MEANTIME document (NewsReader CAT XML: token
// elements with sentence numbers, then Markables whose TIMEX3 elements
// anchor to tokens). The corpus gives tokens, not text, so the text is
// rebuilt: one sentence a line, tokens joined by a space except before
// closing punctuation and clitics ("2004," "Boeing's") and after opening
// brackets and quotation marks. A TIMEX3 spans its first to its last
// token. The creation-time TIMEX3 gives DCT and is excluded from scoring;
// a TIMEX3 without tokens is skipped.
//
// MEANTIME annotates temporal expressions in the first sentences only (the
// title, the date line and four more: no TIMEX3 of the corpus lies past
// sentence 5), so the text after sentence meantimeTimexSentences-1 is
// excluded from scoring too.
func ReadMEANTIME(id string, data []byte) (*TimexDoc, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	type span struct{ start, end int }
	tokens := map[string]span{}
	var sb strings.Builder
	d := &TimexDoc{ID: id}
	sent := -1
	quoteOpen := false
	prev := ""
	scopeEnd := -1     // where the text past the annotated sentences starts
	var cur *TimexSpan // the TIMEX3 being read
	curDCT := false
	curStart, curEnd := -1, -1
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("eval: meantime %s: %w", id, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "token":
				var word string
				if err := dec.DecodeElement(&word, &t); err != nil {
					return nil, fmt.Errorf("eval: meantime %s: %w", id, err)
				}
				s, err := strconv.Atoi(timemlAttr(t.Attr, "sentence"))
				if err != nil {
					return nil, fmt.Errorf("eval: meantime %s: token %s: bad sentence: %w", id, timemlAttr(t.Attr, "t_id"), err)
				}
				if s >= meantimeTimexSentences && s != sent && scopeEnd < 0 {
					scopeEnd = sb.Len()
				}
				switch {
				case sb.Len() == 0:
				case s != sent:
					sb.WriteByte('\n')
					quoteOpen = false
				case meantimeJoinLeft(word, quoteOpen) || meantimeJoinRight(prev, quoteOpen):
				default:
					sb.WriteByte(' ')
				}
				if word == `"` {
					quoteOpen = !quoteOpen
				}
				sent, prev = s, word
				start := sb.Len()
				sb.WriteString(word)
				tokens[timemlAttr(t.Attr, "t_id")] = span{start, sb.Len()}
			case "TIMEX3":
				ts := timexAttrs(t.Attr)
				cur, curStart, curEnd = &ts, -1, -1
				curDCT = timemlAttr(t.Attr, "functionInDocument") == "CREATION_TIME"
				if curDCT {
					d.DCT = ts.Value
				}
			case "token_anchor":
				if cur != nil {
					sp, ok := tokens[timemlAttr(t.Attr, "t_id")]
					if !ok {
						return nil, fmt.Errorf("eval: meantime %s: TIMEX3 anchored to unknown token %s", id, timemlAttr(t.Attr, "t_id"))
					}
					if curStart < 0 || sp.start < curStart {
						curStart = sp.start
					}
					curEnd = max(curEnd, sp.end)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "TIMEX3" && cur != nil {
				if curStart >= 0 {
					cur.Start, cur.End = curStart, curEnd
					if curDCT {
						d.Exclude = append(d.Exclude, *cur)
					} else {
						d.Gold = append(d.Gold, *cur)
					}
				}
				cur = nil
			}
		}
	}
	d.Text = sb.String()
	if scopeEnd >= 0 {
		d.Exclude = append(d.Exclude, TimexSpan{Start: scopeEnd, End: len(d.Text)})
	}
	sortTimexSpans(d.Gold)
	return d, nil
}

// meantimeTimexSentences is the number of sentences of a MEANTIME
// document in which temporal expressions are annotated.
const meantimeTimexSentences = 6

// meantimeJoinLeft reports whether a token is written without a space before it.
func meantimeJoinLeft(w string, quoteOpen bool) bool {
	switch w {
	case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "'":
		return true
	case `"`:
		return quoteOpen
	}
	return false
}

// meantimeJoinRight reports whether the token after w is written without a space.
func meantimeJoinRight(w string, quoteOpen bool) bool {
	switch w {
	case "(", "[", "{", "$", "``", "US$", "USD$", "£", "€":
		return true
	case `"`:
		return quoteOpen
	}
	return false
}
