package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"maps"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestFlagErrorsAreOneLine: -h prints the usage once; a bad flag prints
// nothing and returns one line naming the flag and the help command.
func TestFlagErrorsAreOneLine(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	fs := newFlagSet("demo", &out)
	fs.String("addr", "x", "where")
	if err := parseFlags(fs, []string{"-h"}); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("-h: %v", err)
	}
	if n := strings.Count(out.String(), "usage: tessera demo"); n != 1 {
		t.Fatalf("-h printed the usage %d times:\n%s", n, out.String())
	}

	out.Reset()
	fs = newFlagSet("demo", &out)
	fs.String("addr", "x", "where")
	err := parseFlags(fs, []string{"-bogus"})
	if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "-bogus") || !strings.Contains(err.Error(), "tessera demo -h") {
		t.Fatalf("bad flag: %v", err)
	}
	if out.Len() != 0 {
		t.Fatalf("a bad flag printed:\n%s", out.String())
	}
}

// An HTTP error from the node prints RPC_URL as the configuration does,
// without the API key in its path or query.
func TestErrorsDoNotPrintTheRPCKey(t *testing.T) {
	t.Parallel()
	err := fmt.Errorf("deploy: chain: %w", &url.Error{Op: "Post", URL: "https://node.example/v2/SECRETKEY?apikey=Q", Err: errors.New("connection refused")})
	if got := redactErr(err).Error(); strings.Contains(got, "SECRETKEY") || strings.Contains(got, "apikey=Q") || !strings.Contains(got, "node.example") {
		t.Fatalf("printed %q", got)
	}
}

// The README's table of `make dev` flags lists every flag of `tessera
// dev`, and no other.
func TestREADMEListsEveryDevFlag(t *testing.T) {
	t.Parallel()
	var help bytes.Buffer
	if err := run(context.Background(), []string{"dev", "-h"}, &help); err != nil {
		t.Fatal(err)
	}
	flags := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^  -([a-z-]+)`).FindAllStringSubmatch(help.String(), -1) {
		flags[m[1]] = true
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(readme), "\n## `make dev` flags\n")
	section, _, _ = strings.Cut(section, "\n## ")
	documented := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `-([a-z-]+)` \\|").FindAllStringSubmatch(section, -1) {
		documented[m[1]] = true
	}
	if len(flags) == 0 || !maps.Equal(flags, documented) {
		t.Errorf("tessera dev has the flags %v; the README's table lists %v", slices.Sorted(maps.Keys(flags)), slices.Sorted(maps.Keys(documented)))
	}
}
