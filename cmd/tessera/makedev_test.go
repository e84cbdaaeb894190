package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// openPTY opens a pseudo-terminal: its master, to type into and read
// from, and its slave, to hand a process as its terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	var n uint32
	var unlock int32
	for _, c := range []struct {
		req uintptr
		arg unsafe.Pointer
	}{{syscall.TIOCGPTN, unsafe.Pointer(&n)}, {syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)}} {
		if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), c.req, uintptr(c.arg)); errno != 0 {
			t.Fatalf("pseudo-terminal: %v", errno)
		}
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { slave.Close() })
	return master, slave
}

// makeDev is `make dev` with ARGS for a private data directory and free
// ports, on the repository's Makefile; DEV_BIN keeps its binary out of
// the repository, and -o toolchain leaves the npm toolchains alone.
func makeDev(t *testing.T, dir, addr, rpcPort string) *exec.Cmd {
	t.Helper()
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("make", "--no-print-directory", "-C", root, "-o", "toolchain", "dev",
		"DEV_BIN="+filepath.Join(dir, "bin", "tessera"),
		fmt.Sprintf("ARGS=-data %s -addr %s -ops-addr 127.0.0.1:0 -rpc-port %s", dir, addr, rpcPort))
	env := withoutEnv(os.Environ(), "DATABASE_URL")
	for _, name := range []string{"MAKEFLAGS", "MFLAGS", "MAKELEVEL"} { // not a sub-make of `make test`
		env = withoutEnv(env, name)
	}
	cmd.Env = env
	return cmd
}

// waitOutput waits until out holds want, or the process ends.
func waitOutput(t *testing.T, out *lockedBuffer, exited <-chan struct{}, want string, within time.Duration) {
	t.Helper()
	for deadline := time.Now().Add(within); !strings.Contains(out.String(), want); time.Sleep(50 * time.Millisecond) {
		select {
		case <-exited:
			t.Fatalf("make dev ended before printing %q:\n%s", want, out)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("make dev did not print %q within %s:\n%s", want, within, out)
		}
	}
}

// `make dev` passes ARGS to `tessera dev`, and Ctrl-C ends it cleanly:
// typed on a terminal, make exits 0 with no error line; sent to the whole
// process group without a terminal (as `timeout -s INT` does), tessera
// still stops cleanly (make prints no error line), and make ends as GNU
// make always ends on SIGINT, by the signal. Nothing listens afterwards.
func TestMakeDevStopsCleanlyOnCtrlC(t *testing.T) {
	t.Parallel()
	dir := dataDir(t)
	addr := freeAddr(t)
	_, rpcPort, _ := net.SplitHostPort(freeAddr(t))
	closed := func(what, a string) {
		t.Helper()
		if c, err := net.DialTimeout("tcp", a, time.Second); err == nil {
			c.Close()
			t.Errorf("%s %s still listens after make dev ended", what, a)
		}
	}

	t.Run("Ctrl-C on a terminal", func(t *testing.T) {
		master, slave := openPTY(t)
		cmd := makeDev(t, dir, addr, rpcPort)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		slave.Close()
		out := &lockedBuffer{}
		read := make(chan struct{})
		go func() { // until the last process with the terminal is gone
			b := make([]byte, 4096)
			for {
				n, err := master.Read(b)
				_, _ = out.Write(b[:n])
				if err != nil {
					close(read)
					return
				}
			}
		}()
		exited, waitErr := waitGroupKilled(t, cmd)

		waitOutput(t, out, exited, "Ctrl-C stops everything.", 10*time.Minute)
		banner := strings.ReplaceAll(out.String(), "\r", "")
		for _, want := range []string{"API and UI   http://" + addr, "chain RPC    http://127.0.0.1:" + rpcPort,
			"UI keys      " + filepath.Join(dir, devUIKeysFile)} {
			if !strings.Contains(banner, want) {
				t.Errorf("the banner lacks %q: ARGS did not reach tessera dev\n%s", want, banner)
			}
		}
		if _, err := master.Write([]byte{0x03}); err != nil { // Ctrl-C
			t.Fatal(err)
		}
		select {
		case <-exited:
		case <-time.After(90 * time.Second):
			t.Fatalf("make dev did not end within 90s of Ctrl-C:\n%s", out)
		}
		select {
		case <-read:
		case <-time.After(10 * time.Second):
			t.Error("a process still holds the terminal after make dev ended")
		}
		text := strings.ReplaceAll(out.String(), "\r", "")
		if *waitErr != nil || strings.Contains(text, "make: ***") || !strings.Contains(text, "stopping…") {
			t.Fatalf("make dev after Ctrl-C: %v\n%s", *waitErr, text[strings.Index(text, "Ctrl-C stops everything."):])
		}
		closed("the API", addr)
		closed("the chain's RPC", net.JoinHostPort("127.0.0.1", rpcPort))
	})

	t.Run("SIGINT to the process group", func(t *testing.T) {
		cmd := makeDev(t, dir, addr, rpcPort)
		out := &lockedBuffer{}
		cmd.Stdout, cmd.Stderr = out, out
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited, waitErr := waitGroupKilled(t, cmd)
		waitOutput(t, out, exited, "Ctrl-C stops everything.", 10*time.Minute)
		if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		select {
		case <-exited:
		case <-time.After(90 * time.Second):
			t.Fatalf("make dev did not end within 90s of SIGINT:\n%s", out)
		}
		text := out.String()
		if strings.Contains(text, "make: ***") || !strings.Contains(text, "stopping…") {
			t.Fatalf("make dev after SIGINT to its group: %v\n%s", *waitErr, text[strings.Index(text, "Ctrl-C stops everything."):])
		}
		var exit *exec.ExitError
		if *waitErr != nil && (!errors.As(*waitErr, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGINT) {
			t.Errorf("make dev ended with %v, want exit 0 or make's own SIGINT", *waitErr)
		}
		t.Logf("make dev after SIGINT to its group: %v", *waitErr)
		closed("the API", addr)
	})
}

// waitGroupKilled waits for cmd (started in its own process group) in the
// background: exited closes when it has, and *err is then its result. If
// the test ends first, the whole group is killed.
func waitGroupKilled(t *testing.T, cmd *exec.Cmd) (exited chan struct{}, err *error) {
	exited, err = make(chan struct{}), new(error)
	go func() { *err = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		select {
		case <-exited:
		default:
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
	})
	return exited, err
}
