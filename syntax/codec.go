package syntax

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// A model file is gzip over a sequence of varints and length-prefixed
// strings, starting with a magic line that names the kind of model and the
// format version. The encoder and decoder below are all the format there
// is; each model type writes and reads its fields in one fixed order.

// formats are the format versions of the kinds of model; a change of a
// model's layout bumps its number, so old files are refused by name.
var formats = map[string]int{"tagger": 1, "parser": 6}

// enc builds a model file.
type enc struct{ b []byte }

func (e *enc) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) varint(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) int(v int)        { e.varint(int64(v)) }
func (e *enc) string(s string)  { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) float(f float64)  { e.uvarint(math.Float64bits(f)) }

func (e *enc) strings(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.string(s)
	}
}

// dec reads a model file. The first error sticks; later reads return zero
// values.
type dec struct {
	b   []byte
	err error
}

var errCorrupt = errors.New("model file is corrupt")

func (d *dec) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) int() int          { return int(d.varint()) }
func (d *dec) float() float64    { return math.Float64frombits(d.uvarint()) }
func (d *dec) count(max int) int { return d.bounded(d.uvarint(), max) }

// bounded returns n if it is at most max, else fails.
func (d *dec) bounded(n uint64, max int) int {
	if n > uint64(max) {
		if d.err == nil {
			d.err = errCorrupt
		}
		return 0
	}
	return int(n)
}

func (d *dec) string() string {
	n := d.count(len(d.b))
	if d.err != nil {
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *dec) strings() []string {
	n := d.count(len(d.b))
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.string()
	}
	return ss
}

// magic is the first line of a model file of the given kind.
func magic(kind string) string { return fmt.Sprintf("newsgraph-syntax %s %d\n", kind, formats[kind]) }

// compress writes the model body b of the given kind, gzipped, to w.
// The output depends on b alone.
func compress(w io.Writer, kind string, b []byte) (int64, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := io.WriteString(zw, magic(kind)); err != nil {
		return 0, err
	}
	if _, err := zw.Write(b); err != nil {
		return 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	return buf.WriteTo(w)
}

// decompress reads a gzipped model file of the given kind and returns a
// decoder over its body.
func decompress(r io.Reader, kind string) (*dec, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax: reading %s model: %w", kind, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("syntax: reading %s model: %w", kind, err)
	}
	m := magic(kind)
	if !bytes.HasPrefix(b, []byte(m)) {
		return nil, fmt.Errorf("syntax: not a %s model of format %d", kind, formats[kind])
	}
	return &dec{b: b[len(m):]}, nil
}
