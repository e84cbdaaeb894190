// Command tessera is the one binary of the Tessera platform: `tessera dev`
// runs everything on a laptop, `tessera deploy` puts its contracts on a network, `tessera serve` runs it in production, `tessera migrate` manages the schema, `tessera
// keys` manages API keys.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"sort"
	"strings"
	"sync"
	"syscall"

	"github.com/tessera-rwa/tessera/internal/app"
)

// command is one subcommand of the binary.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, stdout io.Writer) error
}

var commands = map[string]command{
	"dev":     {"run the whole platform locally: dev chain, PostgreSQL, contracts, API", runDev},
	"migrate": {"apply database migrations (migrate up | migrate status)", runMigrate},
	"keys":    {"create, list, rotate and revoke API keys", runKeys},
	"serve":   {"production mode: API and leader-elected workers against RPC_URL and DATABASE_URL", runServe},
	"deploy":  {"put the platform's contracts on the network at RPC_URL (resumable, CREATE2, timelock), recorded in DATABASE_URL", runDeploy},
	"upgrade": {"upgrade the platform's proxies through the timelock: upgrade plan | schedule | execute", runUpgrade},
	"asset":   {"issuer commands: assets, documents, mints with approval, cap table, distributions", runAsset},
	"events":  {"follow the API's live event stream as JSON lines, reconnecting without a gap", runEvents},

	// Compliance officers' and auditors' tools.
	"audit":      {"auditor tools: verify an asset on chain against the records, verify-report, export, verify-log", runAudit},
	"compliance": {"the compliance officer's API calls: investors, KYC, wallets, rules, caps, allowances, checks, interventions, log", runCompliance},
}

func main() {
	app.TuneRuntime()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "tessera:", redactErr(err))
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return nil
	}
	cmd, ok := commands[args[0]]
	if !ok {
		return fmt.Errorf("unknown command %q (run `tessera help`)", args[0])
	}
	err := cmd.run(ctx, args[1:], stdout)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: tessera <command> [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-8s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(w, "\nrun `tessera <command> -h` for its flags")
}

// newFlagSet returns a flag set that reports errors as one line instead of
// printing usage, and prints usage only for -h.
func newFlagSet(name string, stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("tessera "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	// The flag package calls Usage on -h and on every parse error; only
	// -h prints it (parseFlags), an error stays one line.
	fs.Usage = func() {}
	flagHelp.Store(fs, func() {
		fmt.Fprintf(stdout, "usage: tessera %s [flags]\n", name)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	})
	return fs
}

// flagHelp holds each flag set's -h printer (commands may parse
// concurrently in tests, hence the sync.Map).
var flagHelp sync.Map // *flag.FlagSet → func()

// parseFlags parses args and turns flag errors into one-line errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	defer flagHelp.Delete(fs)
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		if help, ok := flagHelp.Load(fs); ok {
			help.(func())()
		}
		return err
	case err != nil:
		return fmt.Errorf("%s: %v (run `%s -h`)", fs.Name(), err, fs.Name())
	case fs.NArg() > 0:
		return fmt.Errorf("%s: unexpected argument %q (run `%s -h`)", fs.Name(), strings.Join(fs.Args(), " "), fs.Name())
	}
	return nil
}

// redactErr shortens the URLs an HTTP client's errors carry (a node
// provider's API key sits in the path or the query of RPC_URL) as the
// printed configuration does.
func redactErr(err error) error {
	var ue *url.Error
	if !errors.As(err, &ue) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), ue.URL, redactURL(ue.URL)))
}
