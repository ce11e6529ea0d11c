package config

import (
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// lineOf returns the 1-based line where the dotted key is set in a
// document that parsed cleanly, or 0 when it cannot be found. go-toml
// reports lines for its own errors; this finds them for the values that
// decode fine but mean nothing (a colour that is not one, an unknown
// action).
func lineOf(data []byte, dotted string) int {
	var p unstable.Parser
	p.Reset(data)
	var table []string
	for p.NextExpression() {
		expr := p.Expression()
		switch expr.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyParts(expr.Key())
		case unstable.KeyValue:
			full := append(append([]string(nil), table...), keyParts(expr.Key())...)
			if strings.Join(full, ".") != dotted {
				continue
			}
			if line := lineAt(data, expr.Value().Raw.Offset); line > 0 {
				return line
			}
			it := expr.Key()
			if it.Next() {
				return lineAt(data, offsetIn(data, it.Node().Data))
			}
		}
	}
	return 0
}

func keyParts(it unstable.Iterator) []string {
	var parts []string
	for it.Next() {
		parts = append(parts, string(it.Node().Data))
	}
	return parts
}

// offsetIn returns where b starts in data when b is a slice of it (the
// parser hands out unquoted keys that way), else 0.
func offsetIn(data, b []byte) uint32 {
	off := cap(data) - cap(b)
	if len(b) == 0 || off <= 0 || off+len(b) > len(data) || string(data[off:off+len(b)]) != string(b) {
		return 0
	}
	return uint32(off)
}

// lineAt counts the lines before offset; a value's Raw range is not set
// for every kind of value, in which case the key's line is not known.
func lineAt(data []byte, offset uint32) int {
	if offset == 0 || int(offset) > len(data) {
		return 0
	}
	return strings.Count(string(data[:offset]), "\n") + 1
}
