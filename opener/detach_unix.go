//go:build unix

package opener

import (
	"os/exec"
	"syscall"
)

// detach starts the browser in a session of its own, so the reader's
// terminal signals (Ctrl+C, a closed window) are not sent to it.
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
}
