package ingest

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"path"
)

// tar reads the members of a tar archive, gzipped or not, each by its
// name; members of unknown types are passed over.
func (r *reader) tar(name string, in io.Reader) error {
	br := bufio.NewReader(in)
	var src io.Reader = br
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		z, err := gzip.NewReader(br)
		if err != nil {
			return r.emit(&Item{Source: name, Err: fmt.Errorf("tar: gzip: %w", err)})
		}
		src = z
	}
	tr := tar.NewReader(src)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return r.emit(&Item{Source: name, Err: fmt.Errorf("tar: %w", err)})
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		member := name + "/" + h.Name
		base := path.Base(h.Name)
		if len(base) > 0 && base[0] == '.' {
			continue
		}
		kind := kindOf(base)
		if kind == "" {
			r.skipped(member, "unknown file type")
			continue
		}
		if err := r.stream(member, kind, tr); err != nil {
			return err
		}
		if err := r.ctx.Err(); err != nil {
			return err
		}
	}
}
