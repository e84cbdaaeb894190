package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// TestMain lets the test binary act as the tessera binary, so end-to-end
// tests run the real command as a subprocess without a second build.
func TestMain(m *testing.M) {
	if os.Getenv("TESSERA_TEST_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	code := m.Run()
	if err := pgtest.Shutdown(); err != nil && code == 0 {
		code = 1
	}
	os.Exit(code)
}

// tessera is a `tessera` subprocess.
type tessera struct {
	cmd    *exec.Cmd
	stdout *bufio.Scanner
	stderr *lockedBuffer
	lines  []string
}

func startTessera(t *testing.T, args ...string) *tessera {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(withoutEnv(os.Environ(), "DATABASE_URL"), "TESSERA_TEST_RUN_MAIN=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &tessera{cmd: cmd, stdout: bufio.NewScanner(out), stderr: &lockedBuffer{}}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	return p
}

// waitFor reads stdout until a line matches re and returns its submatches.
func (p *tessera) waitFor(t *testing.T, re *regexp.Regexp) []string {
	t.Helper()
	for p.stdout.Scan() {
		line := p.stdout.Text()
		p.lines = append(p.lines, line)
		if m := re.FindStringSubmatch(line); m != nil {
			return m
		}
	}
	// Stdout is closed: the process is ending. Its stderr is read once it
	// has (Wait waits for the copy into the buffer).
	if p.cmd.ProcessState == nil {
		_ = p.cmd.Wait()
	}
	t.Fatalf("tessera ended without printing %q\nstdout:\n%s\nstderr:\n%s", re, strings.Join(p.lines, "\n"), p.stderr)
	return nil
}

// children lists the pids whose parent is pid.
func children(t *testing.T, pid int) []int {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Fatal(err)
	}
	var kids []int
	for _, e := range entries {
		n, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", n))
		if err != nil {
			continue
		}
		// pid (comm) state ppid …: comm may hold spaces, so split after ')'.
		fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
		if len(fields) > 1 && fields[1] == strconv.Itoa(pid) {
			kids = append(kids, n)
		}
	}
	return kids
}

func alive(pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	return len(fields) > 0 && fields[0] != "Z"
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// dataDir returns a fresh directory the postgres user can enter when the
// tests run as root.
func dataDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "tessera-dev-test-")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// devDatabaseURL checks that the dev cluster keeps its password out of the
// banner, in a file only this user reads, inside a private data directory,
// and that it refuses a connection without it; it returns the banner's URL
// with the password.
func devDatabaseURL(t *testing.T, dir, banner string) string {
	t.Helper()
	u, err := url.Parse(banner)
	if err != nil {
		t.Fatal(err)
	}
	if pw, _ := u.User.Password(); pw != "xxxxx" {
		t.Fatalf("the banner shows the database password: %s", banner)
	}
	if st, err := os.Stat(dir); err != nil || st.Mode().Perm()&0o007 != 0 {
		t.Fatalf("the data directory is open to other users: %v %v", st.Mode(), err)
	}
	file := postgres.PasswordFile(filepath.Join(dir, "pg"))
	st, err := os.Stat(file)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("password file %s: %v %v", file, st, err)
	}
	pw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User("tessera")
	if conn, err := pgx.Connect(context.Background(), u.String()); err == nil {
		conn.Close(context.Background())
		t.Fatal("the dev cluster let a client in without a password")
	}
	u.User = url.UserPassword("tessera", strings.TrimSpace(string(pw)))
	return u.String()
}

var (
	apiLine      = regexp.MustCompile(`API and UI\s+(http://\S+)`)
	uiKeysLine   = regexp.MustCompile(`UI keys\s+(\S+)\s+\(operator keys for (http://\S+)/ui/signin\)`)
	opsLine      = regexp.MustCompile(`metrics\s+(http://\S+)/metrics`)
	contractLine = regexp.MustCompile(`^\s+stablecoin\s+(0x[0-9a-fA-F]{40})`)
	pgLine       = regexp.MustCompile(`PostgreSQL\s+(postgres://\S+)`)
	feedLine     = regexp.MustCompile(`^\s+asset:TTF:feed\s+(0x[0-9a-fA-F]{40})`)
)

// runDevUntilReady starts `tessera dev`, waits for /readyz = 200, checks the
// chain answers, then stops it with SIGINT and checks that it exits cleanly
// and leaves no child process. It returns the stablecoin's address, the
// time to ready and the PostgreSQL URL the banner printed.
func runDevUntilReady(t *testing.T, dir, rpcAddr string) (string, time.Duration, string) {
	t.Helper()
	_, rpcPort, _ := net.SplitHostPort(rpcAddr)
	start := time.Now()
	p := startTessera(t, "dev", "--data", dir, "--addr", freeAddr(t), "--ops-addr", freeAddr(t), "--rpc-port", rpcPort)
	api := p.waitFor(t, apiLine)[1]
	// The banner names the file that holds the UI's operator keys.
	if keys := p.waitFor(t, uiKeysLine); keys[1] != filepath.Join(dir, devUIKeysFile) || keys[2] != api {
		t.Errorf("banner: UI keys in %s for %s, want %s for %s", keys[1], keys[2], filepath.Join(dir, devUIKeysFile), api)
	}
	ops := p.waitFor(t, opsLine)[1]
	coin := p.waitFor(t, contractLine)[1]
	feed := p.waitFor(t, feedLine)[1]

	resp, err := http.Get(api + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/readyz = %d %s", resp.StatusCode, body)
	}
	ready := time.Since(start)

	// The chain answers JSON-RPC on the printed port, as a wallet would call it.
	rpcResp, err := http.Post("http://"+rpcAddr, "application/json",
		strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_getCode","params":["`+coin+`","latest"]}`))
	if err != nil {
		t.Fatal(err)
	}
	var code struct{ Result string }
	_ = json.NewDecoder(rpcResp.Body).Decode(&code)
	rpcResp.Body.Close()
	if len(code.Result) < 10 {
		t.Fatalf("no code at the printed stablecoin address %s: %q", coin, code.Result)
	}

	// The relay pushes the demo appraiser's valuations: a round appears on
	// the treasury fund's feed.
	deadline := time.Now().Add(time.Minute)
	for {
		var round struct{ Result string }
		resp, err := http.Post("http://"+rpcAddr, "application/json", strings.NewReader(
			`{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[{"to":"`+feed+`","data":"0xfeaf968c"},"latest"]}`))
		if err != nil {
			t.Fatal(err)
		}
		_ = json.NewDecoder(resp.Body).Decode(&round)
		resp.Body.Close()
		// latestRoundData's first word is the round id; non-zero once pushed.
		if len(round.Result) >= 66 && strings.Trim(round.Result[2:66], "0") != "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no valuation round on the TTF feed %s within a minute (last answer %q)", feed, round.Result)
		}
		time.Sleep(200 * time.Millisecond)
	}

	// A Chainlink node's bridge gets the same value from the External
	// Adapter, on the operations listener (the API's answers 404).
	if resp, err := http.Post(api+"/ea", "application/json", strings.NewReader(`{}`)); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Fatalf("POST /ea on the API's listener: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
	eaResp, err := http.Post(ops+"/ea", "application/json", strings.NewReader(`{"id":"run-1","data":{"asset":"TTF"}}`))
	if err != nil {
		t.Fatal(err)
	}
	var ea struct {
		JobRunID   string `json:"jobRunID"`
		StatusCode int    `json:"statusCode"`
		Data       struct {
			Result json.Number `json:"result"`
		} `json:"data"`
	}
	_ = json.NewDecoder(eaResp.Body).Decode(&ea)
	eaResp.Body.Close()
	if eaResp.StatusCode != 200 || ea.JobRunID != "run-1" || ea.StatusCode != 200 || ea.Data.Result == "" {
		t.Fatalf("POST /ea = %d %+v", eaResp.StatusCode, ea)
	}

	checkDevUI(t, api, dir)
	// The access log names the UI's routes once (the console was opened;
	// its line is written once the response is, and reaches us through a
	// pipe).
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		l := p.stderr.String()
		if strings.Contains(l, "/ui/ui/") {
			t.Fatalf("the access log doubles /ui:\n%s", l)
		}
		if strings.Contains(l, "route=/ui/console path=/ui/console ") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the access log has no line route=/ui/console path=/ui/console:\n%s", l)
		}
	}

	// The indexer follows the chain: the feed's rounds reach PostgreSQL.
	var bannerDB string
	for _, l := range p.lines {
		if m := pgLine.FindStringSubmatch(l); m != nil {
			bannerDB = m[1]
		}
	}
	if bannerDB == "" {
		t.Fatal("the banner shows no PostgreSQL URL")
	}
	dbURL := devDatabaseURL(t, dir, bannerDB)
	db, err := pgx.Connect(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(time.Minute); ; {
		var n int
		if err := db.QueryRow(context.Background(), `SELECT count(*) FROM indexer_valuations WHERE feed = $1`,
			common.HexToAddress(feed).Bytes()).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the indexer stored no valuation round of the demo feed within a minute")
		}
		time.Sleep(200 * time.Millisecond)
	}
	db.Close(context.Background())
	checkSeededDemo(t, dir, dbURL, api, "http://"+rpcAddr, coin)

	// /metrics carries the relay's figures next to the API's (after its
	// first pass: on a warm start the feed already has rounds).
	for deadline := time.Now().Add(30 * time.Second); ; {
		mresp, err := http.Get(ops + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		metrics, _ := io.ReadAll(mresp.Body)
		mresp.Body.Close()
		if strings.Contains(string(metrics), "tessera_oracle_decisions_total") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/metrics (%d) lacks the oracle relay's metrics", mresp.StatusCode)
		}
		time.Sleep(200 * time.Millisecond)
	}

	kids := children(t, p.cmd.Process.Pid)
	if len(kids) == 0 {
		t.Fatal("tessera dev runs no PostgreSQL child process")
	}
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		for p.stdout.Scan() {
		}
		done <- p.cmd.Wait()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("tessera dev exited with %v after SIGINT; stderr:\n%s", err, p.stderr)
		}
	case <-time.After(90 * time.Second):
		t.Fatal("tessera dev did not stop within 90s of SIGINT")
	}
	for _, pid := range kids {
		if alive(pid) {
			t.Errorf("child process %d still runs after tessera dev stopped", pid)
		}
	}
	return coin, ready, bannerDB
}

func TestDevReachesReadyAndStopsCleanlyColdAndWarm(t *testing.T) {
	dir := dataDir(t)
	rpc := freeAddr(t)
	coldCoin, cold, coldDB := runDevUntilReady(t, dir, rpc)
	warmCoin, warm, warmDB := runDevUntilReady(t, dir, rpc)
	if warmCoin != coldCoin {
		t.Errorf("restart against the same chain deployed again: %s then %s", coldCoin, warmCoin)
	}
	// An exported DATABASE_URL stays valid: the cluster keeps its port.
	if warmDB != coldDB {
		t.Errorf("PostgreSQL moved on restart: %s then %s", coldDB, warmDB)
	}
	t.Logf("tessera dev ready: cold %s, warm %s", cold.Round(time.Millisecond), warm.Round(time.Millisecond))
}

// Ctrl-C while `tessera dev` is still starting stops what started and
// exits 0, leaving no child process: an interrupt is not a failure.
func TestDevInterruptedWhileStartingExitsZero(t *testing.T) {
	t.Parallel()
	p := startTessera(t, "dev", "--data", dataDir(t), "--addr", freeAddr(t), "--ops-addr", "127.0.0.1:0", "--rpc-port", "0")
	for deadline := time.Now().Add(2 * time.Minute); !strings.Contains(p.stderr.String(), "starting dev chain"); {
		if time.Now().After(deadline) {
			t.Fatalf("tessera dev did not get to the dev chain:\n%s", p.stderr)
		}
		time.Sleep(10 * time.Millisecond)
	}
	kids := children(t, p.cmd.Process.Pid)
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		for p.stdout.Scan() {
			p.lines = append(p.lines, p.stdout.Text())
		}
		done <- p.cmd.Wait()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("tessera dev interrupted while starting exited with %v; stdout:\n%s\nstderr:\n%s", err, strings.Join(p.lines, "\n"), p.stderr)
		}
	case <-time.After(90 * time.Second):
		t.Fatal("tessera dev did not stop within 90s of SIGINT")
	}
	if !slices.Contains(p.lines, "interrupted while starting: stopped") {
		t.Errorf("stdout does not say it was interrupted:\n%s", strings.Join(p.lines, "\n"))
	}
	for _, pid := range kids {
		if alive(pid) {
			t.Errorf("child process %d still runs after tessera dev stopped", pid)
		}
	}
}

// Bad input ends with one line saying what to do, a non-zero exit and no
// process left behind.
func TestDevBadInput(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { taken.Close() }) // after the parallel subtests, not when this function returns
	_, takenPort, _ := net.SplitHostPort(taken.Addr().String())

	tests := []struct {
		name string
		args []string
		env  []string
		want string
	}{
		{"unknown flag", []string{"dev", "--bogus"}, nil, "flag provided but not defined: -bogus"},
		{"unknown command", []string{"deploy-everything"}, nil, `unknown command "deploy-everything"`},
		{"api port taken", []string{"dev", "--addr", taken.Addr().String(), "--rpc-port", "0"}, nil, "already in use"},
		{"rpc port taken", []string{"dev", "--addr", "127.0.0.1:0", "--rpc-port", takenPort}, nil, "already in use"},
		{"ops port taken", []string{"dev", "--addr", "127.0.0.1:0", "--ops-addr", taken.Addr().String(), "--rpc-port", "0"}, nil, "already in use"},
		{"unreachable database", []string{"dev", "--addr", "127.0.0.1:0", "--rpc-port", "0"},
			[]string{"DATABASE_URL=postgres://nobody:hunter2@127.0.0.1:1/x?connect_timeout=2"}, "not reachable"},
		{"migrate without database", []string{"migrate", "up"}, nil, "DATABASE_URL is not set"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			args := tc.args
			if args[0] == "dev" {
				args = append(args, "--data", dataDir(t))
				if !slices.Contains(args, "--ops-addr") {
					args = append(args, "--ops-addr", "127.0.0.1:0") // 9090 may be taken
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], args...)
			cmd.Env = append(withoutEnv(os.Environ(), "DATABASE_URL"), append(tc.env, "TESSERA_TEST_RUN_MAIN=1")...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			if err == nil {
				t.Fatalf("exit code 0; stderr: %s", stderr.String())
			}
			msg := strings.TrimSpace(stderr.String())
			if !strings.Contains(msg, tc.want) {
				t.Fatalf("stderr = %q, want it to say %q", msg, tc.want)
			}
			lines := strings.Split(msg, "\n")
			if last := lines[len(lines)-1]; !strings.HasPrefix(last, "tessera: ") {
				t.Errorf("last line %q is not the one-line error", last)
			}
			if strings.Contains(msg, "hunter2") {
				t.Errorf("error leaks the database password: %s", msg)
			}
		})
	}
}

func withoutEnv(env []string, name string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, name+"=") {
			out = append(out, kv)
		}
	}
	return out
}
