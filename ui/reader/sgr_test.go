package reader

import "testing"

func TestOnlySGR(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"\x1b[1mbold\x1b[m", "\x1b[1mbold\x1b[m"},
		{"\x1b]8;id=1;http://evil.example\x1b\\council\x1b]8;;\x1b\\", "council"},
		{"\x1b]8;;http://x\acouncil\x1b]8;;\a", "council"},
		{"a\x1b[2Jb", "ab"},
		{"a\x1bPq\x1b\\b", "ab"},
		{"a\x1b]0;t\x1b[31mred", "a\x1b[31mred"},
		{"end\x1b", "end"},
	}
	for _, tt := range tests {
		if got := onlySGR(tt.in); got != tt.want {
			t.Errorf("onlySGR(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
