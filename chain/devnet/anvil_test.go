package devnet

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// Anvil writes the states it pushes out of memory under its $HOME: they
// must land in the anvil's own directory, which Stop removes, and a
// directory an anvil left when its process died is swept by the next
// start. (Under the real home, killed anvils had left 72 GB.)
func TestAnvilKeepsItsStatesInItsOwnDirectory(t *testing.T) {
	if _, err := FindAnvil(); err != nil {
		t.Skip(err) // make test installs it
	}
	ctx := context.Background()
	stale, err := os.MkdirTemp("", anvilDirPrefix)
	if err != nil {
		t.Fatal(err)
	}
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stale, anvilPIDFile), []byte(strconv.Itoa(gone.Process.Pid)), 0o600); err != nil {
		t.Fatal(err)
	}

	a, err := StartAnvil(ctx, AnvilConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Stop() })
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the directory of an anvil whose process is gone was not swept: %v", err)
	}
	c, err := rpc.DialContext(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, nil, "anvil_mine", "0x600"); err != nil {
		t.Fatal(err)
	}
	states, _ := filepath.Glob(filepath.Join(a.dir, ".foundry", "anvil", "tmp", "*"))
	if len(states) == 0 {
		t.Fatalf("1536 blocks mined and no state pushed out under %s: is $HOME still the real one?", a.dir)
	}
	if err := a.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(a.dir); !os.IsNotExist(err) {
		t.Fatalf("Stop left %s: %v", a.dir, err)
	}
}
