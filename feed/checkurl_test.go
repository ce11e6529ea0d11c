package feed

import (
	"errors"
	"testing"
)

func TestCheckURL(t *testing.T) {
	for _, raw := range []string{"https://example.org/news.rss", " http://127.0.0.1:8080/feed ", "HTTPS://Example.org/a?b=c"} {
		if _, err := CheckURL(raw); err != nil {
			t.Errorf("CheckURL(%q): %v", raw, err)
		}
	}
	for raw, scheme := range map[string]bool{
		"file:///etc/passwd":         true,
		"javascript:alert(1)":        true,
		"ftp://example.org/feed":     true,
		"example.org/news.rss":       true, // no scheme: a relative path
		"not a url at all":           true,
		"http://":                    false,
		"https:///no-host":           false,
		"http://exa mple.org/":       false,
		"http://example.org/\x1b[2J": false,
	} {
		_, err := CheckURL(raw)
		if err == nil {
			t.Errorf("CheckURL(%q) accepted it", raw)
			continue
		}
		if scheme && !errors.Is(err, ErrScheme) {
			t.Errorf("CheckURL(%q) = %v, want ErrScheme", raw, err)
		}
	}
}
