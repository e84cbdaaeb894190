package web

import (
	"fmt"
	"net/http"
	"runtime/debug"
)

// recoverer turns a panicking handler into a 500 in the error model; the
// panic value and stack go to the access log, not to the caller. The
// http.ErrAbortHandler sentinel is re-panicked, as net/http expects.
func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			p := recover()
			if p == nil {
				return
			}
			if p == http.ErrAbortHandler {
				panic(p)
			}
			Error(w, r, fmt.Errorf("panic: %v\n%s", p, debug.Stack()))
		}()
		next.ServeHTTP(w, r)
	})
}
