// Command report runs every Tessera benchmark side by side in one run and
// writes their figures to results.json and results.md (`make bench`).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// run is one `go test -bench` invocation.
type run struct {
	Pkg   string
	Bench string
	Time  string // -benchtime
}

var runs = []run{
	{"./bench/", "Gas", "1x"},
	{"./bench/", "ConfirmedMints", "1x"},
	{"./bench/", "Indexer", "1x"},
	{"./bench/", "HoldingsLatency", "1x"},
	{"./web/", "HMACVerify|HMACSHA256Raw|BareHandler|AuthenticatedRead", "1s"},
}

// Result is one benchmark line: its name and every reported metric.
type Result struct {
	Name    string             `json:"name"`
	Package string             `json:"package"`
	Metrics map[string]float64 `json:"metrics"`
}

// Report is results.json.
type Report struct {
	Date    string   `json:"date"`
	GoOS    string   `json:"goos"`
	GoArch  string   `json:"goarch"`
	CPU     string   `json:"cpu"`
	CPUs    int      `json:"cpus"`
	Results []Result `json:"results"`
}

func main() {
	out := flag.String("out", "bench", "directory for results.json and results.md")
	flag.Parse()
	rep := Report{Date: time.Now().UTC().Format(time.RFC3339), GoOS: runtime.GOOS, GoArch: runtime.GOARCH, CPUs: runtime.NumCPU()}
	for _, r := range runs {
		fmt.Fprintf(os.Stderr, "go test -run ^$ -bench '%s' -benchtime %s %s\n", r.Bench, r.Time, r.Pkg)
		cmd := exec.Command("go", "test", "-run", "^$", "-bench", r.Bench, "-benchtime", r.Time, "-timeout", "60m", r.Pkg)
		var buf bytes.Buffer
		cmd.Stdout, cmd.Stderr = &buf, os.Stderr
		err := cmd.Run()
		os.Stderr.Write(buf.Bytes())
		if err != nil {
			fmt.Fprintln(os.Stderr, "report:", err)
			os.Exit(1)
		}
		cpu, results := parse(buf.String(), r.Pkg)
		if cpu != "" {
			rep.CPU = cpu
		}
		rep.Results = append(rep.Results, results...)
	}
	js, _ := json.MarshalIndent(rep, "", "  ")
	if err := os.WriteFile(filepath.Join(*out, "results.json"), append(js, '\n'), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(filepath.Join(*out, "results.md"), []byte(markdown(rep)), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

// parse reads `go test -bench` output: "BenchmarkX-2  N  v unit  v unit …".
func parse(out, pkg string) (cpu string, results []Result) {
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "cpu: ") {
			cpu = strings.TrimSpace(strings.TrimPrefix(line, "cpu: "))
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(f[0], "Benchmark")
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			name = name[:i]
		}
		r := Result{Name: name, Package: pkg, Metrics: map[string]float64{}}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			if f[i+1] == "ns/op" && v == 0 {
				continue
			}
			r.Metrics[f[i+1]] = v
		}
		results = append(results, r)
	}
	return cpu, results
}

func markdown(rep Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Benchmark results\n\nOne run of `make bench` on %s, %d CPUs (%s/%s), %s. Regenerate with `make bench`; the raw figures are in [results.json](results.json).\n\n",
		rep.CPU, rep.CPUs, rep.GoOS, rep.GoArch, rep.Date)
	fmt.Fprintln(&b, "| benchmark | package | figures |")
	fmt.Fprintln(&b, "|---|---|---|")
	for _, r := range rep.Results {
		keys := make([]string, 0, len(r.Metrics))
		for k := range r.Metrics {
			keys = append(keys, k)
		}
		sortStrings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s %s", strconv.FormatFloat(r.Metrics[k], 'f', -1, 64), k)
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", r.Name, strings.TrimSuffix(strings.TrimPrefix(r.Package, "./"), "/"), strings.Join(parts, "<br>"))
	}
	return b.String()
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
