package theme

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestPaintMatchesLipgloss(t *testing.T) {
	st := lipgloss.NewStyle().Foreground(lipgloss.Color("#9A8CFF")).Bold(true)
	if got, want := paint(st).Render("some text"), st.Render("some text"); got != want {
		t.Errorf("paint = %q, lipgloss = %q", got, want)
	}
	if got := (Paint{}).Render("x"); got != "x" {
		t.Errorf("empty paint = %q", got)
	}
}

func TestNoColorHasNoColour(t *testing.T) {
	th := New(true, true)
	for _, s := range []string{
		th.List.Title.Render("t"), th.List.SelectedTitle.Render("t"), th.List.Unread.Render("●"),
		th.Speakers.Active.Render("a"), th.Status.Error.Render("e"), th.Frame.Separator.Render("│"),
		th.List.Chip.Render("chip"),
	} {
		if strings.Contains(s, "38;") || strings.Contains(s, "48;") {
			t.Errorf("colour in NO_COLOR style: %q", s)
		}
	}
	if th.Glamour.Document.Color != nil || th.Glamour.Strong.Color != nil {
		t.Error("colour in the NO_COLOR Glamour style")
	}
	if th.Name() != "plain" || New(false, false).Name() != "light" || New(true, false).Name() != "dark" {
		t.Error("theme names do not tell the themes apart")
	}
}
