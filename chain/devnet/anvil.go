package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tessera-rwa/tessera/internal/localport"
)

// anvilRel is where `make toolchain` installs anvil, relative to the repo.
const anvilRel = "contracts/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"

// ErrNoAnvil is returned when the anvil binary cannot be found.
var ErrNoAnvil = errors.New("anvil not found: run `make toolchain` (it installs @foundry-rs/anvil-linux-amd64 under contracts/node_modules) or set TESSERA_ANVIL")

// AnvilConfig configures an anvil devnet process.
type AnvilConfig struct {
	// Bin is the anvil binary; empty finds it (TESSERA_ANVIL, the repo's
	// contracts/node_modules, then PATH).
	Bin string
	// Port at 127.0.0.1; 0 picks a free one.
	Port int
	// ChainID; 0 means anvil's default 31337.
	ChainID uint64
	// Accounts to fund and unlock; 0 means 10.
	Accounts int
	// BlockTime seals a block every interval; 0 mines on every transaction.
	BlockTime time.Duration
	// NoMining turns automine off: blocks only come from evm_mine.
	NoMining bool
	// BaseFee of the first block in wei; nil keeps anvil's default.
	BaseFee *big.Int
	// Args are extra command-line arguments.
	Args []string
}

// Anvil is a running anvil process.
type Anvil struct {
	URL     string // HTTP JSON-RPC
	WSURL   string // WebSocket JSON-RPC
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey // funded accounts, in anvil's order

	cmd  *exec.Cmd
	dir  string
	done chan struct{}
}

// FindAnvil locates the anvil binary.
func FindAnvil() (string, error) {
	if p := os.Getenv("TESSERA_ANVIL"); p != "" {
		return p, nil
	}
	if dir, err := os.Getwd(); err == nil {
		for {
			p := filepath.Join(dir, anvilRel)
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	return "", ErrNoAnvil
}

// StartAnvil starts anvil and waits until it answers JSON-RPC.
func StartAnvil(ctx context.Context, cfg AnvilConfig) (*Anvil, error) {
	bin := cfg.Bin
	if bin == "" {
		var err error
		if bin, err = FindAnvil(); err != nil {
			return nil, err
		}
	}
	port := cfg.Port
	if port == 0 {
		var err error
		if port, err = localport.Free(); err != nil {
			return nil, err
		}
	}
	sweepAnvilDirs()
	dir, err := os.MkdirTemp("", anvilDirPrefix)
	if err != nil {
		return nil, err
	}
	configOut := filepath.Join(dir, "anvil.json")
	args := []string{"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--config-out", configOut, "--silent"}
	if cfg.ChainID != 0 {
		args = append(args, "--chain-id", strconv.FormatUint(cfg.ChainID, 10))
	}
	if cfg.Accounts != 0 {
		args = append(args, "--accounts", strconv.Itoa(cfg.Accounts))
	}
	if cfg.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(cfg.BlockTime.Seconds(), 'f', -1, 64))
	}
	if cfg.NoMining {
		args = append(args, "--no-mining")
	}
	if cfg.BaseFee != nil {
		args = append(args, "--block-base-fee-per-gas", cfg.BaseFee.String())
	}
	args = append(args, cfg.Args...)

	logFile, err := os.Create(filepath.Join(dir, "anvil.log"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	defer logFile.Close()
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Anvil keeps the states it pushes out of memory under
	// $HOME/.foundry/anvil/tmp, and only a clean exit deletes them: under
	// the real home, every anvil that is killed leaves them there for
	// good (hundreds of megabytes each). In dir, Stop removes them, and
	// so does the next start's sweep if this process dies first.
	cmd.Env = append(os.Environ(), "HOME="+dir)
	// Pdeathsig: a test binary killed on timeout takes anvil with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("start anvil (%s): %w", bin, err)
	}
	if err := os.WriteFile(filepath.Join(dir, anvilPIDFile), []byte(strconv.Itoa(cmd.Process.Pid)), 0o600); err != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		os.RemoveAll(dir)
		return nil, err
	}
	a := &Anvil{
		URL:   fmt.Sprintf("http://127.0.0.1:%d", port),
		WSURL: fmt.Sprintf("ws://127.0.0.1:%d", port),
		cmd:   cmd,
		dir:   dir,
		done:  make(chan struct{}),
	}
	go func() {
		_ = cmd.Wait()
		close(a.done)
	}()
	if err := a.waitReady(ctx, configOut); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "anvil.log"))
		_ = a.Stop()
		return nil, fmt.Errorf("anvil: %w %s", err, strings.TrimSpace(string(log)))
	}
	return a, nil
}

func (a *Anvil) waitReady(ctx context.Context, configOut string) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		if err := a.tryReady(ctx, configOut); err == nil {
			return nil
		}
		select {
		case <-a.done:
			return errors.New("exited at start")
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return errors.New("not ready after 30s")
		}
	}
}

func (a *Anvil) tryReady(ctx context.Context, configOut string) error {
	raw, err := os.ReadFile(configOut)
	if err != nil {
		return err
	}
	var out struct {
		PrivateKeys []string `json:"private_keys"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return err
	}
	keys := make([]*ecdsa.PrivateKey, 0, len(out.PrivateKeys))
	for _, k := range out.PrivateKeys {
		key, err := crypto.HexToECDSA(strings.TrimPrefix(k, "0x"))
		if err != nil {
			return err
		}
		keys = append(keys, key)
	}
	c, err := ethclient.DialContext(ctx, a.URL)
	if err != nil {
		return err
	}
	defer c.Close()
	callCtx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	id, err := c.ChainID(callCtx)
	if err != nil {
		return err
	}
	a.ChainID, a.Keys = id, keys
	return nil
}

// Stop kills anvil, waits for it to exit and removes its files. It is safe
// to call more than once.
func (a *Anvil) Stop() error {
	if a == nil || a.cmd == nil {
		return nil
	}
	select {
	case <-a.done:
	default:
		_ = a.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-a.done:
		case <-time.After(5 * time.Second):
			_ = a.cmd.Process.Kill()
			<-a.done
		}
	}
	return os.RemoveAll(a.dir)
}

const (
	anvilDirPrefix = "tessera-anvil-"
	anvilPIDFile   = "anvil.pid"
)

// sweepAnvilDirs removes the directories of anvils that are gone without
// their Stop (a test binary killed, a crash): those whose recorded process
// no longer runs, or, with no record, that are over a day old.
func sweepAnvilDirs() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), anvilDirPrefix+"*"))
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, anvilPIDFile))
		if err != nil {
			if fi, err := os.Stat(d); err == nil && time.Since(fi.ModTime()) > 24*time.Hour {
				_ = os.RemoveAll(d)
			}
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err == nil && pid > 0 && errors.Is(syscall.Kill(pid, 0), syscall.ESRCH) {
			_ = os.RemoveAll(d)
		}
	}
}
