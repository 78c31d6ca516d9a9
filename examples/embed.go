// Package examples holds newsgraph's example articles, embedded so that
// `newsgraph serve --examples` can load them from any directory.
package examples

import "embed"

// Articles holds the example articles as NAME.txt files: the headline,
// a blank line, then paragraphs separated by blank lines.
//
//go:embed *.txt
var Articles embed.FS
