package process

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
	"testing"
)

func TestStatus(t *testing.T) {
	plain := context.Background()
	signalled := func(sig os.Signal) context.Context {
		ctx, cancel := context.WithCancelCause(context.Background())
		cancel(Interrupted{sig})
		return ctx
	}
	failed := errors.New("disk full")
	tests := []struct {
		name string
		ctx  context.Context
		err  error
		code int
		say  bool
	}{
		{"success", plain, nil, 0, false},
		{"failure", plain, failed, 1, true},
		{"reported failure", plain, fmt.Errorf("import: %w", ExitError{Code: 1}), 1, false},
		{"other status", plain, ExitError{Code: 3}, 3, false},
		{"SIGINT", signalled(os.Interrupt), nil, 130, false},
		{"SIGTERM", signalled(syscall.SIGTERM), context.Canceled, 143, false},
		{"SIGHUP, the interruption as the error", signalled(syscall.SIGHUP), fmt.Errorf("refresh: %w", Interrupted{syscall.SIGHUP}), 129, false},
		{"SIGINT and a failure of its own", signalled(os.Interrupt), failed, 130, true},
		{"SIGINT after a reported failure", signalled(os.Interrupt), ExitError{Code: 1}, 130, false},
	}
	for _, tt := range tests {
		code, say := Status(tt.ctx, tt.err)
		if code != tt.code || say != tt.say {
			t.Errorf("%s: Status = %d, %t; want %d, %t", tt.name, code, say, tt.code, tt.say)
		}
	}
}

func TestInterruption(t *testing.T) {
	if _, ok := Interruption(context.Background()); ok {
		t.Error("a live context reports an interruption")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, ok := Interruption(ctx); ok {
		t.Error("a context cancelled without a signal reports an interruption")
	}
	ctx, stop := SignalContext()
	stop()
	if _, ok := Interruption(ctx); ok || ctx.Err() == nil {
		t.Errorf("after stop: interruption %t, err %v; want none and cancelled", ok, ctx.Err())
	}
}
