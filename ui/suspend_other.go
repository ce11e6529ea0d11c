//go:build !unix

package ui

import tea "charm.land/bubbletea/v2"

// suspender does nothing where there is no job control.
type suspender struct{}

func (s *suspender) watch(*tea.Program) (stop func()) { return func() {} }

func (s *suspender) filter(_ tea.Model, msg tea.Msg) tea.Msg { return msg }
