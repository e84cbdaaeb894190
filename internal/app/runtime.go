package app

import (
	"os"
	"runtime/debug"
)

// GCPercent is the garbage collector's target the platform runs with when
// GOGC is not set: between collections the heap may grow to five times
// what is live rather than Go's default of twice. The platform's live heap
// is small and almost everything a request allocates dies with it, so
// collecting a quarter as often costs little memory and takes most of the
// collector's pauses and assists off the API's latency: in `make bench`
// the holdings route's p99 under 16 clients on 2 cores read 11–13 ms at
// GOGC=100 and mostly 10–11 ms at 400 (9.4 in quiet runs), with a tenth
// more reads a second.
const GCPercent = 400

// TuneRuntime applies GCPercent unless GOGC is set (GOGC=100 gives back
// Go's default; GOMEMLIMIT caps the heap as usual). `tessera` calls it at
// start, and the benchmarks, so that they measure the platform as it runs.
func TuneRuntime() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(GCPercent)
	}
}
