package corpus

import (
	"fmt"
	"strings"
)

// slot is a hole in a template, filled per article or per use.
type slot uint8

const (
	slotNone slot = iota // a literal piece
	slotTopic
	slotTopic2
	slotPlace
	slotPlace2
	slotOrg
	slotOrgShort
	slotGroup
	slotGroup2
	slotN
	slotNum
	slotPct
	slotMoney
	slotMonth
	slotYear
	slotOldYear
	slotPeriod
	slotWeekday
	slotOrdinal
	slotAgency
	slotSilent
	slotSilentOrg
	slotQuote
	slotWho
)

// slotByName maps a template's {name} to its slot. A switch, not a map, so
// the package holds no mutable state.
func slotByName(name string) (slot, bool) {
	switch name {
	case "topic":
		return slotTopic, true
	case "topic2":
		return slotTopic2, true
	case "place":
		return slotPlace, true
	case "place2":
		return slotPlace2, true
	case "org":
		return slotOrg, true
	case "orgshort":
		return slotOrgShort, true
	case "group":
		return slotGroup, true
	case "group2":
		return slotGroup2, true
	case "n":
		return slotN, true
	case "num":
		return slotNum, true
	case "pct":
		return slotPct, true
	case "money":
		return slotMoney, true
	case "month":
		return slotMonth, true
	case "year":
		return slotYear, true
	case "oldyear":
		return slotOldYear, true
	case "period":
		return slotPeriod, true
	case "weekday":
		return slotWeekday, true
	case "ordinal":
		return slotOrdinal, true
	case "agency":
		return slotAgency, true
	case "silent":
		return slotSilent, true
	case "silentorg":
		return slotSilentOrg, true
	case "quote":
		return slotQuote, true
	case "who":
		return slotWho, true
	}
	return slotNone, false
}

// piece is a literal string or a slot.
type piece struct {
	lit  string
	slot slot
}

// tmpl is a compiled template: parsing happens once, so generating an
// article is appends and random choices only.
type tmpl []piece

// has reports whether t uses slot s.
func (t tmpl) has(s slot) bool {
	for _, p := range t {
		if p.slot == s {
			return true
		}
	}
	return false
}

// compile parses a template. The templates are this package's own data, so
// a malformed one is a bug here and compile panics; the tests compile every
// template.
func compile(src string) tmpl {
	var t tmpl
	for src != "" {
		open := strings.IndexByte(src, '{')
		if open < 0 {
			t = append(t, piece{lit: src})
			break
		}
		if open > 0 {
			t = append(t, piece{lit: src[:open]})
		}
		end := strings.IndexByte(src[open:], '}')
		if end < 0 {
			panic(fmt.Sprintf("corpus: unclosed slot in template %q", src))
		}
		name := src[open+1 : open+end]
		s, ok := slotByName(name)
		if !ok {
			panic(fmt.Sprintf("corpus: unknown slot {%s} in template %q", name, src))
		}
		t = append(t, piece{slot: s})
		src = src[open+end+1:]
	}
	return t
}

func compileAll(srcs []string) []tmpl {
	ts := make([]tmpl, len(srcs))
	for i, s := range srcs {
		ts[i] = compile(s)
	}
	return ts
}
