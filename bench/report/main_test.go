package main

import (
	"strings"
	"testing"
)

// TestParseKeepsTheTable: the table a benchmark prints goes with that
// benchmark's result, and only with it, into results.md.
func TestParseKeepsTheTable(t *testing.T) {
	out := "| operation | gas |\n|---|---:|\n| transfer | 52497 |\n" +
		"goos: linux\ncpu: AMD EPYC\n" +
		"BenchmarkGas-2   \t       1\t2381027520 ns/op\t     52497 gas/transfer\t         1.521 ratio/transfer\n" +
		"BenchmarkHMACVerify-2 \t 1000\t      3100 ns/op\n"
	cpu, res := parse(out, "./bench/")
	if cpu != "AMD EPYC" || len(res) != 2 {
		t.Fatalf("cpu %q, %d results", cpu, len(res))
	}
	if res[0].Name != "Gas" || res[0].Metrics["gas/transfer"] != 52497 || res[0].Metrics["ratio/transfer"] != 1.521 {
		t.Fatalf("first result %+v", res[0])
	}
	if !strings.Contains(res[0].Table, "| transfer | 52497 |") || res[1].Table != "" {
		t.Fatalf("tables %q and %q", res[0].Table, res[1].Table)
	}
	md := markdown(Report{Results: res})
	if !strings.Contains(md, "## Gas, as the benchmark prints it\n\n| operation | gas |") || strings.Contains(md, "## HMACVerify, as") {
		t.Fatalf("results.md:\n%s", md)
	}
}
