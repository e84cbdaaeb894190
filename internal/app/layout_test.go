package app_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/tessera-rwa/tessera"

// deps lists the packages pkg links (go list -deps), without its tests.
func deps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", module+"/"+pkg).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}

// The adapters sit side by side: none of web, postgres and client links
// another, the SDK links no domain package and no node, and no domain
// package, adapter or SDK links a geth node (the dev chain lives in
// chain/devnet, which only the binary and tests use).
func TestAdaptersSideBySide(t *testing.T) {
	t.Parallel()
	adapters := []string{"web", "postgres", "client"}
	for _, a := range adapters {
		d := deps(t, a)
		for _, other := range adapters {
			if other != a && slices.Contains(d, module+"/"+other) {
				t.Errorf("%s links %s", a, other)
			}
		}
	}
	client := deps(t, "client")
	for _, p := range client {
		if p == module+"/chain/address" { // EIP-55 parsing, no chain access
			continue
		}
		for _, domain := range []string{"audit", "issuance", "compliance", "oracle", "chain/indexer", "chain", "web", "postgres"} {
			if p == module+"/"+domain || strings.HasPrefix(p, module+"/"+domain+"/") {
				t.Errorf("client links the domain or adapter package %s", p)
			}
		}
	}
	if len(client) > 250 {
		t.Errorf("client links %d packages, want at most 250", len(client))
	}
	for _, pkg := range []string{"web", "web/ui", "postgres", "client", "issuance", "compliance", "oracle", "audit", "chain/indexer", "chain", "auth", "stream"} {
		for _, p := range deps(t, pkg) {
			if p == "github.com/ethereum/go-ethereum/node" || p == "github.com/ethereum/go-ethereum/eth" {
				t.Errorf("%s links %s", pkg, p)
			}
		}
	}
}

var sqlStatement = regexp.MustCompile(`"\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|\x60\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|WITH \w+ AS)\b`)

// Every SQL statement lives in postgres/ (test helpers aside).
func TestSQLLivesInPostgres(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			switch rel {
			case "postgres", "migrations", "contracts", "bindings", ".git":
				return filepath.SkipDir
			}
			if strings.HasSuffix(rel, "test") { // pgtest, webtest, apptest, chaintest…
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(bytes.NewReader(src))
		for n := 1; sc.Scan(); n++ {
			if sqlStatement.MatchString(sc.Text()) {
				t.Errorf("%s:%d: SQL outside postgres/: %s", rel, n, strings.TrimSpace(sc.Text()))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
