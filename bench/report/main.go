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

	"github.com/tessera-rwa/tessera/units"
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
	{"./bench/", "RequestReads", "1x"},
	{"./web/", "HMACVerify|HMACSHA256Raw|BareHandler|AuthenticatedRead|SignedDatabaseRead", "1s"},
	{"./web/", "Stream", "1x"},
}

// Result is one benchmark line: its name and every reported metric.
type Result struct {
	Name    string             `json:"name"`
	Package string             `json:"package"`
	Metrics map[string]float64 `json:"metrics"`
	// Table is the markdown table the benchmark printed, if any (the gas
	// benchmark's, operation by operation).
	Table string `json:"table,omitempty"`
}

// Report is results.json.
type Report struct {
	Date   string `json:"date"`
	GoOS   string `json:"goos"`
	GoArch string `json:"goarch"`
	CPU    string `json:"cpu"`
	CPUs   int    `json:"cpus"`
	// LoadAvg is the machine's 1-minute load average when the run began
	// and ended (Linux): figures from a busy machine read low.
	LoadAvg []string `json:"loadavg,omitempty"`
	Results []Result `json:"results"`
}

func main() {
	out := flag.String("out", "bench", "directory for results.json and results.md")
	mdOnly := flag.Bool("md", false, "only rewrite results.md from the results.json in -out")
	flag.Parse()
	if *mdOnly {
		raw, err := os.ReadFile(filepath.Join(*out, "results.json"))
		var rep Report
		if err == nil {
			err = json.Unmarshal(raw, &rep)
		}
		if err == nil {
			err = os.WriteFile(filepath.Join(*out, "results.md"), []byte(markdown(rep)), 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "report:", err)
			os.Exit(1)
		}
		return
	}
	rep := Report{Date: time.Now().UTC().Format(time.RFC3339), GoOS: runtime.GOOS, GoArch: runtime.GOARCH, CPUs: runtime.NumCPU(),
		LoadAvg: []string{loadAvg()}}
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
	rep.LoadAvg = append(rep.LoadAvg, loadAvg())
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

// parse reads `go test -bench` output: "BenchmarkX-2  N  v unit  v unit …",
// and a markdown table a benchmark printed before its result line.
func parse(out, pkg string) (cpu string, results []Result) {
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	var table strings.Builder
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "|") {
			table.WriteString(line + "\n")
			continue
		}
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
		r := Result{Name: name, Package: pkg, Metrics: map[string]float64{}, Table: table.String()}
		table.Reset()
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
	if len(rep.LoadAvg) == 2 {
		fmt.Fprintf(&b, "Load average (1 min) %s at the start, %s at the end: with more than %d the machine was busy with other work and the figures read low.\n\n",
			rep.LoadAvg[0], rep.LoadAvg[1], rep.CPUs)
	}
	fmt.Fprint(&b, summary(rep))
	for _, r := range rep.Results {
		if r.Table != "" {
			fmt.Fprintf(&b, "\n## %s, as the benchmark prints it\n\n%s", r.Name, r.Table)
		}
	}
	fmt.Fprint(&b, "\n## Every figure\n\n")
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

// summary is the table of the figures the design sets goals for, each
// beside its reference, from the same run.
func summary(rep Report) string {
	get := func(name, metric string) (float64, bool) {
		for _, r := range rep.Results {
			if r.Name == name {
				v, ok := r.Metrics[metric]
				return v, ok
			}
		}
		return 0, false
	}
	f := func(v float64, digits int) string { return strconv.FormatFloat(v, 'f', digits, 64) }
	var b strings.Builder
	fmt.Fprintln(&b, "| figure | this run | reference in the same run | goal |")
	fmt.Fprintln(&b, "|---|---|---|---|")
	row := func(ok bool, cols ...string) {
		if ok {
			fmt.Fprintf(&b, "| %s |\n", strings.Join(cols, " | "))
		}
	}
	tn, ok1 := get("Gas", "ratio/transfer-new")
	te, ok2 := get("Gas", "ratio/transfer-existing")
	row(ok1 && ok2, "compliant ERC-20 transfer gas, token and registry behind their proxies", f(tn, 2)+"× (new holder), "+f(te, 2)+"× (existing)", "plain OpenZeppelin ERC-20 transfer", "≤ 1.6×")
	un, ok1 := get("Gas", "ratio/transfer-new-unproxied")
	ue, ok2 := get("Gas", "ratio/transfer-existing-unproxied")
	row(ok1 && ok2, "the same transfer, token unproxied", f(un, 2)+"× (new holder), "+f(ue, 2)+"× (existing)", "plain OpenZeppelin ERC-20 transfer", "≤ 1.5×")
	tl, ok := get("Gas", "ratio/transfer-locked")
	row(ok, "compliant ERC-20 transfer gas, sender under a running lock-up", f(tl, 2)+"×", "plain OpenZeppelin ERC-20 transfer", "—")
	dp, ok1 := get("Gas", "gas/deploy-platform")
	ta, ok2 := get("Gas", "gas/tokenize-one-asset")
	row(ok1 && ok2, "deployment gas: the platform (factory, libraries, 6 implementations, timelock, registry and distributor proxies, role grants); one asset (token and feed proxies)",
		units.Group(f(dp, 0))+"; "+units.Group(f(ta, 0)),
		"before proxies: registry + distributor "+units.Group("2373062")+"; token + feed "+units.Group("5607395"), "—")
	fu, ok := get("Gas", "ratio/feed-update")
	row(ok, "feed update gas", f(fu, 2)+"×", "Chainlink MockV3Aggregator.updateAnswer", "≤ 1×")
	// Each transfer rule alone, over the same proxied token without rules,
	// and every rule at once against a plain ERC-20.
	if none, ok := get("Gas", "gas/rule-none-existing"); ok {
		noneNew, _ := get("Gas", "gas/rule-none-new")
		rules := []struct{ metric, label string }{{"country", "country allow-list"}, {"flags", "investor flags"},
			{"max-investors", "maximum investors"}, {"max-balance", "maximum balance"}, {"min-holding", "minimum holding"},
			{"two-locks", "two locks"}, {"country-caps", "counting + country caps"}, {"category-caps", "counting + category caps"},
			{"window", "a transfer window"}, {"valuation-guard", "valuation guard"}}
		var marg []string
		for _, r := range rules {
			e, ok1 := get("Gas", "gas/rule-"+r.metric+"-existing")
			n, ok2 := get("Gas", "gas/rule-"+r.metric+"-new")
			if ok1 && ok2 {
				marg = append(marg, fmt.Sprintf("%s +%s / +%s", r.label, units.Group(f(e-none, 0)), units.Group(f(n-noneNew, 0))))
			}
		}
		plain := 0.0
		if te, ok := get("Gas", "gas/transfer-existing"); ok {
			if r, ok := get("Gas", "ratio/transfer-existing"); ok && r > 0 {
				plain = te / r
			}
		}
		row(len(marg) == len(rules), "each transfer rule's marginal gas, alone (to an existing holder / to a new holder)", strings.Join(marg, "; "),
			fmt.Sprintf("the same proxied token without rules %s gas = %s× a plain OpenZeppelin ERC-20 transfer", units.Group(f(none, 0)), f(none/plain, 2)), "—")
	}
	ee, ok1 := get("Gas", "ratio/every-rule-existing-vs-erc20")
	en, ok2 := get("Gas", "ratio/every-rule-new-vs-erc20")
	row(ok1 && ok2, "compliant transfer with every rule on (country allow-list and caps, category caps, country share, flags, investor and balance limits, minimum holding, two locks, a transfer window, valuation guard)",
		f(en, 2)+"× (new holder), "+f(ee, 2)+"× (existing)", "plain OpenZeppelin ERC-20 transfer", "≤ 1.5×")
	// Where that transfer's gas goes, part by part, beside the plain ERC-20's.
	split := func(prefix string) (string, bool) {
		var parts []string
		for _, p := range []struct{ metric, label, count string }{{"base", "base and calldata", ""}, {"proxy", "proxy hop", ""},
			{"registry", "identity registry", ""}, {"reads", "storage reads", "cold-reads"}, {"writes", "storage writes", "writes"},
			{"events", "events", ""}, {"compute", "computation", ""}} {
			v, ok := get("Gas", "gas/"+prefix+"-"+p.metric)
			if !ok {
				return "", false
			}
			if v == 0 {
				continue
			}
			s := p.label + " " + units.Group(f(v, 0))
			if n, ok := get("Gas", p.count+"/"+prefix); p.count != "" && ok {
				s += " (" + f(n, 0) + ")"
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, ", "), true
	}
	splitE, ok1 := split("split-every-existing")
	splitN, ok2 := split("split-every-new")
	plainE, ok3 := split("split-erc20-existing")
	plainN, ok4 := split("split-erc20-new")
	row(ok1 && ok2 && ok3 && ok4, "where the gas of that transfer goes (storage reads: cold ones in brackets; writes: their count)",
		"existing holder: "+splitE+"; new holder: "+splitN, "plain OpenZeppelin ERC-20, existing holder: "+plainE+"; new holder: "+plainN, "—")
	// Dealing, each call beside an OpenZeppelin ERC-4626 deposit on the same chain.
	var deal []string
	vault := 0.0
	for _, d := range []struct{ metric, label string }{{"deal-request-deposit", "requestDeposit"}, {"deal-request-redeem", "requestRedeem"},
		{"deal-fulfil100-per", "fulfil per request (book of 100)"}, {"deal-fulfil1000-per", "fulfil per request (book of 1,000)"},
		{"deal-claim", "claim"}, {"deal-subscribe", "instant subscribe"}} {
		g, ok1 := get("Gas", "gas/"+d.metric)
		r, ok2 := get("Gas", "ratio/"+d.metric)
		if ok1 && ok2 && r > 0 {
			deal = append(deal, fmt.Sprintf("%s %s gas = %s×", d.label, units.Group(f(g, 0)), f(r, 2)))
			vault = g / r
		}
	}
	row(len(deal) == 6, "dealing gas (ERC-7540 requests, fulfilment, claim, instant)", strings.Join(deal, "; "),
		"OpenZeppelin ERC-4626 deposit "+units.Group(f(vault, 0))+" gas", "—")
	mr, ok1 := get("ConfirmedMints", "mints/s")
	mb, ok2 := get("ConfirmedMints", "bound-mints/s")
	row(ok1 && ok2, "confirmed mints/s (transaction manager, anvil)", f(mr, 0)+"/s = "+f(mr/mb, 2)+" of the bound", f(mb, 0)+"/s (block gas/s ÷ gas per mint)", "≥ 0.8")
	ir, ok1 := get("Indexer", "indexer-events/s")
	rr, ok2 := get("Indexer", "raw-events/s")
	row(ok1 && ok2, "indexer events/s into PostgreSQL", f(ir, 0)+"/s = "+f(ir/rr, 2)+" of raw", f(rr, 0)+"/s raw eth_getLogs + decode", "≥ 0.7")
	hv, ok1 := get("HMACVerify", "ns/op")
	hr, ok2 := get("HMACSHA256Raw", "ns/op")
	row(ok1 && ok2, "HMAC request verification (1 KiB)", f(hv/1000, 1)+" µs", f(hr/1000, 1)+" µs raw HMAC-SHA256", "≤ 5 µs")
	ap, ok1 := get("AuthenticatedRead/clients=16/nonce=postgres", "ns/op")
	bh, ok2 := get("AuthenticatedRead/clients=16/bare", "ns/op")
	ap2, ok3 := get("AuthenticatedRead/clients=2/nonce=postgres", "ns/op")
	bh2, ok4 := get("AuthenticatedRead/clients=2/bare", "ns/op")
	few := ""
	if ok3 && ok4 {
		few = "; from 2 clients, where each request's PostgreSQL round trip shows whole: " + f(ap2/1000, 0) + " µs = " + f(bh2/ap2, 2) + "× (bare " + f(bh2/1000, 0) + " µs)"
	}
	row(ok1 && ok2, "signed API read GET /v1/me (PostgreSQL nonces), 16 concurrent clients", f(ap/1000, 0)+" µs a request = "+f(bh/ap, 2)+"× bare throughput"+few,
		f(bh/1000, 0)+" µs bare handler", "≥ 0.3× bare")
	er, ok1 := get("SignedDatabaseRead/early", "ns/op")
	sr, ok2 := get("SignedDatabaseRead/sequential", "ns/op")
	row(ok1 && ok2, "signed read whose handler reads PostgreSQL once, one client: handler run while the nonce is recorded",
		f(er/1000, 0)+" µs = "+f(er/sr, 2)+"× the sequential latency", f(sr/1000, 0)+" µs, handler run after the nonce", "—")
	p50, ok1 := get("HoldingsLatency", "p50-ms")
	p95, _ := get("HoldingsLatency", "p95-ms")
	p99, _ := get("HoldingsLatency", "p99-ms")
	rps, _ := get("HoldingsLatency", "req/s")
	b50, ok2 := get("HoldingsLatency", "bare-p50-ms")
	b95, _ := get("HoldingsLatency", "bare-p95-ms")
	b99, _ := get("HoldingsLatency", "bare-p99-ms")
	brps, _ := get("HoldingsLatency", "bare-req/s")
	n, _ := get("HoldingsLatency", "transfers")
	c, _ := get("HoldingsLatency", "concurrency")
	hd, _ := get("HoldingsLatency", "holders")
	as, _ := get("HoldingsLatency", "assets")
	st, _ := get("HoldingsLatency", "statements/read")
	row(ok1 && ok2, fmt.Sprintf("holdings route GET /v1/investors/{wallet}/holdings, %s transfers indexed, %s holders, %s assets, %s concurrent clients",
		f(n, 0), f(hd, 0), f(as, 0), f(c, 0)),
		fmt.Sprintf("p50 %s / p95 %s / p99 %s ms, %s req/s = %s× bare; %s statement(s) a read", f(p50, 1), f(p95, 1), f(p99, 1), f(rps, 0), f(rps/brps, 2), f(st, 0)),
		fmt.Sprintf("the same Holdings call, bare handler: p50 %s / p95 %s / p99 %s ms, %s req/s", f(b50, 1), f(b95, 1), f(b99, 1), f(brps, 0)),
		"p99 ≤ 10 ms; ≥ 0.8× bare")
	bp, ok1 := get("RequestReads", "statements/batch-progress")
	rp, ok2 := get("RequestReads", "statements/request-page")
	bpt, _ := get("RequestReads", "batch-progress-ms")
	rpt, _ := get("RequestReads", "request-page-ms")
	row(ok1 && ok2, "batch progress of 5,000 requests; a page of 100 requests with their transactions",
		fmt.Sprintf("%s statement(s), %s ms; %s statement(s), %s ms", f(bp, 0), f(bpt, 2), f(rp, 0), f(rpt, 2)),
		"one statement per request and per page before", "1; 1")
	se, ok1 := get("Stream", "stream-events/s")
	so, ok2 := get("Stream", "store-events/s")
	l50, _ := get("Stream", "p50-commit-to-client-ms")
	l99, _ := get("Stream", "p99-commit-to-client-ms")
	row(ok1 && ok2, "event stream: replay over the WebSocket; commit to client", f(se, 0)+"/s = "+f(se/so, 2)+" of the store; p50 "+f(l50, 1)+" / p99 "+f(l99, 1)+" ms",
		f(so, 0)+"/s paged straight from PostgreSQL", "≥ 0.8× the store")
	return b.String()
}

// loadAvg is the 1-minute load average, or "?" where /proc has none.
func loadAvg() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(raw)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}
