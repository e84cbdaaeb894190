package app

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestTuneRuntime: without GOGC the collector runs at GCPercent; GOGC,
// when set, is left as the operator gave it.
func TestTuneRuntime(t *testing.T) {
	prev := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(prev) })

	t.Setenv("GOGC", "")
	os.Unsetenv("GOGC") // t.Setenv restores it afterwards
	TuneRuntime()
	if got := debug.SetGCPercent(100); got != GCPercent {
		t.Errorf("without GOGC: GC percent %d, want %d", got, GCPercent)
	}

	t.Setenv("GOGC", "100")
	TuneRuntime()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC=100: GC percent %d, want the runtime's 100 left alone", got)
	}
}
