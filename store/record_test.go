package store

import (
	"bytes"
	stdflate "compress/flate"
	"reflect"
	"testing"
	"time"

	"soundbite/model"
)

func TestDateKeyOrder(t *testing.T) {
	times := []time.Time{
		time.Date(-300000, 1, 1, 0, 0, 0, 0, time.UTC), // clamped
		{}, // the zero time
		time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Unix(-1, 999_999_000),
		time.Unix(0, 0),
		time.Unix(0, 1000),
		time.Date(2031, 3, 1, 9, 30, 0, 0, time.UTC),
		time.Date(2031, 3, 1, 9, 30, 0, 1000, time.UTC),
		time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(300000, 1, 1, 0, 0, 0, 0, time.UTC), // clamped
	}
	for i := 1; i < len(times); i++ {
		a, b := appendDate(nil, times[i-1]), appendDate(nil, times[i])
		if string(a) >= string(b) {
			t.Errorf("key(%v) >= key(%v)", times[i-1], times[i])
		}
	}
	for _, tm := range times[1 : len(times)-1] {
		if got := keyDate(appendDate(nil, tm)); !got.Equal(tm) {
			t.Errorf("keyDate round trip: %v became %v", tm, got)
		}
	}
	// Keys keep microseconds: times within one share a key.
	a := time.Date(2031, 3, 1, 9, 30, 0, 1000, time.UTC)
	if string(appendDate(nil, a)) != string(appendDate(nil, a.Add(999))) {
		t.Error("times within a microsecond have different keys")
	}
}

func TestContainsFold(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"Harbour dredging approved", "HARBOUR", true},
		{"Harbour dredging approved", "approved", true},
		{"Harbour dredging approved", "", true},
		{"", "", true},
		{"", "a", false},
		{"Harbour", "harbours", false},
		{"Straße gesperrt", "STRASSE", false}, // simple folding only, as strings.EqualFold
		{"Élan in Zürich", "ZÜRICH", true},
		{"Élan in Zürich", "élan", true},
		{"Σίσυφος", "σίσυφος", true},
		{"Kelvin \u212a scale", "k scale", true},
		{"abc", "bd", false},
		{"bad \xff utf8", "UTF8", true},
	}
	for _, tt := range tests {
		if got := containsFold([]byte(tt.s), tt.sub); got != tt.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tt.s, tt.sub, got, tt.want)
		}
	}
}

func TestTextSlice(t *testing.T) {
	bodies := [][]string{nil, {""}, {"One."}, {"First para.", "", "Second, longer paragraph.", "3"}}
	for _, body := range bodies {
		text := model.Article{Body: body}.Text()
		for start := -1; start <= len(text)+1; start++ {
			for end := start - 1; end <= len(text)+1; end++ {
				got, ok := textSlice(body, start, end)
				wantOK := start >= 0 && start <= end && end <= len(text)
				if ok != wantOK || (ok && got != text[start:end]) {
					t.Fatalf("textSlice(%q, %d, %d) = %q, %v; want ok %v", body, start, end, got, ok, wantOK)
				}
			}
		}
	}
}

// TestBodyV1StillReads checks that bodies written before the body format
// was recorded (bodyV1: the same fields without the trailing format) still
// decode, as plain text.
func TestBodyV1StillReads(t *testing.T) {
	a := corpus()[0]
	p := prepare(&a)
	// A plain-text article's format is the empty string: one zero length
	// byte at the end, which bodyV1 records do not have.
	if p.plain[len(p.plain)-1] != 0 {
		t.Fatal("a plain-text body record does not end in an empty format")
	}
	var back model.Article
	if err := decodeBodyFields(p.plain[:len(p.plain)-1], bodyV1, &back); err != nil {
		t.Fatalf("bodyV1 record: %v", err)
	}
	if back.Format != model.PlainText || !reflect.DeepEqual(back.Body, a.Body) {
		t.Errorf("bodyV1 record decoded as %q, %d paragraphs", back.Format, len(back.Body))
	}
}

// TestStdlibFlateBodiesRead checks that bodies of schemas 1 to 5, which
// the standard library's flate wrote, read with the flate package the
// store uses now.
func TestStdlibFlateBodiesRead(t *testing.T) {
	s := openTemp(t)
	for _, a := range corpus() {
		plain := appendBodyFields(nil, &a)

		var old bytes.Buffer
		old.WriteByte(bodyV2)
		w, err := stdflate.NewWriter(&old, stdflate.BestSpeed)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(plain); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		got, version, err := s.decompress(old.Bytes(), s.loadDict)
		if err != nil || version != bodyV2 || !bytes.Equal(got, plain) {
			t.Fatalf("a body the standard library compressed: %d bytes back of %d, version %d, %v", len(got), len(plain), version, err)
		}
	}
}
