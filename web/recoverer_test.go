package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestRecoverer(t *testing.T) {
	t.Parallel()
	h := requestID(recoverer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic("kaboom") })))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 500 || errorCode(t, rec) != "internal" {
		t.Fatalf("panic gave %d %s", rec.Code, rec.Body)
	}

	abort := recoverer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic(http.ErrAbortHandler) }))
	defer func() {
		if p := recover(); p != http.ErrAbortHandler {
			t.Fatalf("ErrAbortHandler not re-panicked: %v", p)
		}
	}()
	abort.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}
