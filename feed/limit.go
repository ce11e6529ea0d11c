package feed

import (
	"context"
	"sync"
)

// hostLimiter bounds the requests open to one host at once, whoever makes
// them: feed fetches and full-text page fetches share the allowance, so a
// refresh of many feeds on one site never hammers it.
type hostLimiter struct {
	per int

	mu    sync.Mutex
	hosts map[string]*hostSlots
}

type hostSlots struct {
	sem   chan struct{}
	users int // holders and waiters; the entry is dropped at zero
}

func newHostLimiter(per int) *hostLimiter {
	return &hostLimiter{per: per, hosts: make(map[string]*hostSlots)}
}

// acquire waits for a slot on host and returns the function that frees it.
func (h *hostLimiter) acquire(ctx context.Context, host string) (release func(), err error) {
	h.mu.Lock()
	s := h.hosts[host]
	if s == nil {
		s = &hostSlots{sem: make(chan struct{}, h.per)}
		h.hosts[host] = s
	}
	s.users++
	h.mu.Unlock()

	done := func() {
		h.mu.Lock()
		s.users--
		if s.users == 0 {
			delete(h.hosts, host)
		}
		h.mu.Unlock()
	}
	select {
	case s.sem <- struct{}{}:
		return func() { <-s.sem; done() }, nil
	case <-ctx.Done():
		done()
		return nil, ctx.Err()
	}
}
