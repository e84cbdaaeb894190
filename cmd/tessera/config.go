package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/units"
	"github.com/tessera-rwa/tessera/web/ui"
)

// setting is one configuration value of `tessera serve`: read from its
// environment variable, overridden by its flag, checked by parse.
type setting struct {
	Env     string
	Flag    string
	Default string
	Help    string
	Secret  bool // printed as "(set)" or "(unset)"
	// Bool is a flag without a value (-yes); its value is then "true".
	Bool bool
	// Redact shows a shortened value (URLs without credentials or paths).
	Redact func(string) string
	parse  func(string) error
}

// serveConfig is what `tessera serve` runs with.
type serveConfig struct {
	Addr             string
	OpsAddr          string   // empty: no operations listener
	AllowedHosts     []string // empty: any Host
	anyHost          bool     // TESSERA_ALLOWED_HOSTS=*
	PublicURL        string   // the web UI's public origin, as ui.ParseOrigin returns it
	DatabaseURL      string
	RPCURL           string
	ChainID          uint64 // 0: whatever the node reports (must match the deployments)
	KeystoreFile     string // empty: no signer; API, indexer only
	ExternalSigner   string // Clef-compatible JSON-RPC URL, instead of a keystore
	SignerAddress    string
	KeystorePassword string
	KeystorePassFile string
	MasterKey        string
	MasterKeyFile    string
	Workers          map[string]bool
	Migrate          bool
	LeaderRetry      time.Duration
	ComplianceEvery  time.Duration
	DealingEvery     time.Duration
	// DealingAutoApproveMax caps the dealing calendars' auto-approval, in
	// units of each payment token.
	DealingAutoApproveMax *big.Rat
	Confirmations         uint64
	PollInterval          time.Duration
	LogFormat             string
	LogLevel              string
	TracesExporter        string
	TracesSampleRatio     float64
	ShutdownTimeout       time.Duration
	IdempotencyLock       time.Duration
	AuthWindow            time.Duration
}

// workerNames are the leader-elected loops serve can run.
var workerNames = []string{"txmgr", "indexer", "relay", "compliance", "dealing"}

// serveSettings lists every setting with its parser into cfg. The README's
// configuration table is this list.
func serveSettings(cfg *serveConfig) []setting {
	return []setting{
		{Env: "TESSERA_ADDR", Flag: "addr", Default: "127.0.0.1:8080", Help: "listen address of the API and web UI, /healthz and /readyz (0.0.0.0:8080 behind a load balancer)",
			parse: func(v string) error {
				if _, _, err := net.SplitHostPort(v); err != nil {
					return errors.New("want host:port")
				}
				cfg.Addr = v
				return nil
			}},
		{Env: "TESSERA_OPS_ADDR", Flag: "ops-addr", Default: "127.0.0.1:9090", Help: "listen address of the operations listener: /metrics, the Chainlink External Adapter (POST /ea), /healthz and /readyz; keep it off the public network; none turns it off",
			parse: func(v string) error {
				if v == "none" {
					cfg.OpsAddr = ""
					return nil
				}
				if _, _, err := net.SplitHostPort(v); err != nil {
					return errors.New("want host:port or none")
				}
				cfg.OpsAddr = v
				return nil
			}},
		{Env: "TESSERA_ALLOWED_HOSTS", Flag: "allowed-hosts", Help: "comma-separated host[:port] the API and web UI answer to, as clients send (and sign) the Host header, e.g. api.example.com,app.example.com; other hosts get 400 host_not_allowed; * for any; default: TESSERA_PUBLIC_URL's host, and for a loopback TESSERA_ADDR the address itself and localhost",
			parse: func(v string) error {
				cfg.AllowedHosts, cfg.anyHost = nil, v == "*"
				if cfg.anyHost {
					return nil
				}
				for _, h := range strings.Split(v, ",") {
					if h = strings.TrimSpace(h); h == "" {
						continue
					}
					if strings.ContainsAny(h, "/?#@ ") {
						return fmt.Errorf("%q is not host[:port]", h)
					}
					cfg.AllowedHosts = append(cfg.AllowedHosts, h)
				}
				return nil
			}},
		{Env: "TESSERA_PUBLIC_URL", Flag: "public-url", Help: "origin browsers reach the web UI at, e.g. https://app.example.com (sign-in messages name it, forms must come from it, https makes the session cookie Secure); default http://<TESSERA_ADDR> for a loopback address, else required",
			parse: func(v string) error {
				if v == "" {
					return nil // derived from TESSERA_ADDR, or refused, once every value is read
				}
				o, err := ui.ParseOrigin(v)
				if err != nil {
					return errors.New("want scheme://host[:port] with http or https and nothing after, e.g. https://app.example.com")
				}
				cfg.PublicURL = o
				return nil
			}},
		{Env: "DATABASE_URL", Flag: "database-url", Help: "PostgreSQL connection URL (required)", Redact: redactURL,
			parse: func(v string) error {
				if v == "" {
					return errors.New("required")
				}
				if _, err := url.Parse(v); err != nil || !strings.HasPrefix(v, "postgres") {
					return errors.New("want postgres://user:password@host:port/db")
				}
				cfg.DatabaseURL = v
				return nil
			}},
		{Env: "RPC_URL", Flag: "rpc-url", Help: "Ethereum JSON-RPC endpoint, http(s):// or ws(s):// (required)", Redact: redactURL,
			parse: func(v string) error {
				u, err := url.Parse(v)
				if v == "" {
					return errors.New("required")
				}
				if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
					return errors.New("want http(s):// or ws(s):// URL")
				}
				cfg.RPCURL = v
				return nil
			}},
		{Env: "CHAIN_ID", Flag: "chain-id", Default: "0", Help: "expected chain id; 0 takes the node's (it must have deployment records either way)",
			parse: uintParser(&cfg.ChainID)},
		{Env: "TESSERA_KEYSTORE", Flag: "keystore", Help: "encrypted (scrypt) keystore file of the signer (or TESSERA_EXTERNAL_SIGNER); needed by the txmgr, relay and dealing workers",
			parse: func(v string) error {
				if v != "" {
					if _, err := os.Stat(v); err != nil {
						return errors.New("cannot read the file")
					}
				}
				cfg.KeystoreFile = v
				return nil
			}},
		{Env: "TESSERA_EXTERNAL_SIGNER", Flag: "external-signer", Redact: redactURL, Help: "Clef-compatible external signer (JSON-RPC URL or IPC path), instead of a keystore",
			parse: func(v string) error { cfg.ExternalSigner = v; return nil }},
		{Env: "TESSERA_SIGNER_ADDRESS", Flag: "signer-address", Help: "account of the external signer to use; empty: its only account",
			parse: func(v string) error {
				if v != "" && !address.Valid(v) {
					return errors.New("want a 0x address")
				}
				cfg.SignerAddress = v
				return nil
			}},
		{Env: "TESSERA_KEYSTORE_PASSWORD", Flag: "keystore-password", Secret: true, Help: "keystore passphrase (prefer the _FILE form)",
			parse: func(v string) error { cfg.KeystorePassword = v; return nil }},
		{Env: "TESSERA_KEYSTORE_PASSWORD_FILE", Flag: "keystore-password-file", Help: "file holding the keystore passphrase",
			parse: func(v string) error {
				if v != "" {
					if _, err := os.Stat(v); err != nil {
						return errors.New("cannot read the file")
					}
				}
				cfg.KeystorePassFile = v
				return nil
			}},
		{Env: "TESSERA_MASTER_KEY", Flag: "master-key", Secret: true, Help: "64 hex characters sealing API key secrets and stored responses",
			parse: func(v string) error { cfg.MasterKey = v; return nil }},
		{Env: "TESSERA_MASTER_KEY_FILE", Flag: "master-key-file", Help: "file holding the master key",
			parse: func(v string) error { cfg.MasterKeyFile = v; return nil }},
		{Env: "TESSERA_WORKERS", Flag: "workers", Default: "txmgr,indexer,relay,compliance,dealing", Help: "leader-elected loops to run: any of txmgr, indexer, relay, compliance (KYC sweep and registry reconciliation), dealing (closes dealing days, fulfils approved books), or none",
			parse: func(v string) error {
				cfg.Workers = map[string]bool{}
				if v == "none" {
					return nil
				}
				for _, w := range strings.Split(v, ",") {
					w = strings.TrimSpace(w)
					if !contains(workerNames, w) {
						return fmt.Errorf("unknown worker %q (want %s or none)", w, strings.Join(workerNames, ","))
					}
					cfg.Workers[w] = true
				}
				return nil
			}},
		{Env: "TESSERA_MIGRATE", Flag: "migrate", Default: "false", Help: "apply pending migrations at start (else the schema must be current)",
			parse: boolParser(&cfg.Migrate)},
		{Env: "TESSERA_LEADER_RETRY", Flag: "leader-retry", Default: "1s", Help: "how often a standby tries the leader locks and a leader checks its session",
			parse: durationParser(&cfg.LeaderRetry, time.Millisecond)},
		{Env: "TESSERA_COMPLIANCE_EVERY", Flag: "compliance-every", Default: "1m", Help: "how often the compliance worker sweeps expired KYC and reconciles the identity registry",
			parse: durationParser(&cfg.ComplianceEvery, time.Second)},
		{Env: "TESSERA_DEALING_AUTO_APPROVE_MAX_UNITS", Flag: "dealing-auto-approve-max-units", Help: "cap on every dealing calendar's auto-approval threshold, in units of its payment token, e.g. 10000 (empty: every dealing book needs a second principal)",
			parse: func(v string) error {
				if v == "" {
					return nil
				}
				n, err := units.Rat(v)
				if err != nil || n.Sign() <= 0 {
					return fmt.Errorf("want a positive number of payment token units such as 10000 or 2500.50, got %q", v)
				}
				cfg.DealingAutoApproveMax = n
				return nil
			}},
		{Env: "TESSERA_DEALING_EVERY", Flag: "dealing-every", Default: "30s", Help: "how often the dealing worker closes due dealing days, sends approved books' batches and follows their fulfilment",
			parse: durationParser(&cfg.DealingEvery, 10*time.Millisecond)},
		{Env: "TESSERA_CONFIRMATIONS", Flag: "confirmations", Default: "1", Help: "blocks on top of a transaction before it counts as confirmed",
			parse: func(v string) error {
				if err := uintParser(&cfg.Confirmations)(v); err != nil {
					return err
				}
				if cfg.Confirmations == 0 {
					return errors.New("want at least 1")
				}
				return nil
			}},
		{Env: "TESSERA_POLL_INTERVAL", Flag: "poll-interval", Default: "200ms", Help: "transaction manager poll interval",
			parse: durationParser(&cfg.PollInterval, time.Millisecond)},
		{Env: "LOG_FORMAT", Flag: "log-format", Default: "json", Help: "json or text, on stderr",
			parse: enumParser(&cfg.LogFormat, "json", "text")},
		{Env: "LOG_LEVEL", Flag: "log-level", Default: "info", Help: "debug, info, warn or error",
			parse: enumParser(&cfg.LogLevel, "debug", "info", "warn", "error")},
		{Env: "OTEL_TRACES_EXPORTER", Flag: "traces-exporter", Default: "none", Help: "none, stdout or otlp (OTLP over HTTP; OTEL_EXPORTER_OTLP_* variables apply)",
			parse: enumParser(&cfg.TracesExporter, "none", "stdout", "otlp")},
		{Env: "OTEL_TRACES_SAMPLER_ARG", Flag: "traces-sample-ratio", Default: "1", Help: "fraction of new traces sampled, 0 to 1",
			parse: func(v string) error {
				f, err := strconv.ParseFloat(v, 64)
				if err != nil || f < 0 || f > 1 {
					return errors.New("want a number from 0 to 1")
				}
				cfg.TracesSampleRatio = f
				return nil
			}},
		{Env: "TESSERA_SHUTDOWN_TIMEOUT", Flag: "shutdown-timeout", Default: "30s", Help: "how long a stop waits for requests and loops to finish",
			parse: durationParser(&cfg.ShutdownTimeout, time.Second)},
		{Env: "TESSERA_IDEMPOTENCY_LOCK", Flag: "idempotency-lock", Default: "90s", Help: "how long a running request holds its Idempotency-Key: after it a retry with the same key runs the request again and only the retry's response is kept, so set it above the longest write",
			parse: durationParser(&cfg.IdempotencyLock, time.Second)},
		{Env: "TESSERA_AUTH_WINDOW", Flag: "auth-window", Default: "30s", Help: "how far a signed request's X-Tessera-Timestamp may be from the server's clock, either way (docs/auth.md); nonces are remembered as long",
			parse: durationParser(&cfg.AuthWindow, time.Second)},
	}
}

// loadServeConfig reads every setting from getenv, then from args. Invalid
// values are refused with the variable's (or flag's) name.
func loadServeConfig(args []string, getenv func(string) string, stdout io.Writer) (serveConfig, []setting, error) {
	var cfg serveConfig
	settings := serveSettings(&cfg)
	values, problems, err := readSettings("serve", settings, args, getenv, stdout)
	if err != nil {
		return cfg, nil, err
	}
	if cfg.PublicURL == "" && cfg.Addr != "" {
		if o, ok := loopbackOrigin(cfg.Addr); ok {
			cfg.PublicURL, values["TESSERA_PUBLIC_URL"] = o, o
		} else {
			problems = append(problems, errors.New("TESSERA_PUBLIC_URL (-public-url): required when TESSERA_ADDR is not a loopback address: the origin browsers reach the web UI at, e.g. https://app.example.com"))
		}
	}
	if len(cfg.AllowedHosts) == 0 && !cfg.anyHost {
		if hosts := defaultHosts(cfg.Addr, cfg.PublicURL); hosts != nil {
			cfg.AllowedHosts, values["TESSERA_ALLOWED_HOSTS"] = hosts, strings.Join(hosts, ",")
		}
	}
	if getenv("TESSERA_DEALING_AUTO_APPROVE_MAX") != "" {
		problems = append(problems, errors.New("TESSERA_DEALING_AUTO_APPROVE_MAX: renamed TESSERA_DEALING_AUTO_APPROVE_MAX_UNITS, in units of each payment token (10000 is 10,000 of it) where it was base units: set that instead"))
	}
	if cfg.KeystoreFile != "" && cfg.KeystorePassword == "" && cfg.KeystorePassFile == "" {
		problems = append(problems, errors.New("TESSERA_KEYSTORE_PASSWORD or TESSERA_KEYSTORE_PASSWORD_FILE: required with TESSERA_KEYSTORE"))
	}
	if cfg.KeystoreFile != "" && cfg.ExternalSigner != "" {
		problems = append(problems, errors.New("TESSERA_EXTERNAL_SIGNER: set either it or TESSERA_KEYSTORE, not both"))
	}
	if cfg.KeystoreFile == "" && cfg.ExternalSigner == "" && (cfg.Workers["txmgr"] || cfg.Workers["relay"] || cfg.Workers["dealing"]) {
		problems = append(problems, errors.New("TESSERA_KEYSTORE or TESSERA_EXTERNAL_SIGNER: a signer is required by the txmgr, relay and dealing workers (set TESSERA_WORKERS=indexer for a replica without a signer)"))
	}
	if err := invalid("serve", problems); err != nil {
		return cfg, nil, err
	}
	return cfg, settingsWith(settings, values), nil
}

// readSettings reads settings from getenv (their defaults when unset), then
// from args as flags, and parses each value. It returns the values used and
// every value refused, named by its variable and flag; err is a flag error.
func readSettings(command string, settings []setting, args []string, getenv func(string) string, stdout io.Writer) (map[string]string, []error, error) {
	fs := newFlagSet(command, stdout)
	values := map[string]string{}
	for _, s := range settings {
		key := s.key()
		v := ""
		if s.Env != "" {
			v = getenv(s.Env)
		}
		if v == "" {
			v = s.Default
		}
		values[key] = v
		help := s.Help
		if s.Env != "" {
			help = fmt.Sprintf("%s (env %s)", s.Help, s.Env)
		}
		set := func(f string) error {
			values[key] = f
			return nil
		}
		if s.Bool {
			fs.BoolFunc(s.Flag, help, set)
		} else {
			fs.Func(s.Flag, help, set)
		}
	}
	if err := parseFlags(fs, args); err != nil {
		return nil, nil, err
	}
	var problems []error
	for _, s := range settings {
		if err := s.parse(values[s.key()]); err != nil {
			if s.Env != "" {
				problems = append(problems, fmt.Errorf("%s (-%s): %v", s.Env, s.Flag, err))
			} else {
				problems = append(problems, fmt.Errorf("-%s: %v", s.Flag, err))
			}
		}
	}
	return values, problems, nil
}

// key names a setting in the values map: its variable, or its flag for a
// setting with no variable.
func (s setting) key() string {
	if s.Env != "" {
		return s.Env
	}
	return "-" + s.Flag
}

// invalid joins a command's configuration problems into one error.
func invalid(command string, problems []error) error {
	if len(problems) == 0 {
		return nil
	}
	lines := make([]string, len(problems))
	for i, p := range problems {
		lines[i] = p.Error()
	}
	return fmt.Errorf("%s: invalid configuration:\n  %s", command, strings.Join(lines, "\n  "))
}

// loopbackOrigin is the web UI's origin for a listen address only this
// machine reaches (127.0.0.1, ::1, localhost, with a port): browsers on it
// use that address itself.
func loopbackOrigin(addr string) (string, bool) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "0" {
		return "", false
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return "", false
	}
	o, err := ui.ParseOrigin("http://" + net.JoinHostPort(host, port))
	return o, err == nil
}

// defaultHosts are the Host headers the API and web UI answer to unless
// told: the public origin's host (what browsers, and clients given that
// URL, send) and, for a loopback listen address, the hosts clients on this
// machine send (loopbackHosts). Nil when neither says.
func defaultHosts(addr, publicURL string) []string {
	hosts := loopbackHosts(addr)
	if o, err := ui.ParseOrigin(publicURL); publicURL != "" && err == nil {
		if _, h, ok := strings.Cut(o, "://"); ok && !slices.Contains(hosts, h) {
			hosts = append(hosts, h)
		}
	}
	return hosts
}

// loopbackHosts are the Host headers a client on this machine sends to a
// loopback listen address (127.0.0.1, ::1 or localhost, with its port): the
// address itself and its localhost form. Other addresses (0.0.0.0, a
// load balancer's name) give nil: the hosts clients use cannot be guessed.
func loopbackHosts(addr string) []string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "0" {
		return nil
	}
	local := net.JoinHostPort("localhost", port)
	switch ip := net.ParseIP(host); {
	case host == "localhost":
		return []string{local, net.JoinHostPort("127.0.0.1", port), net.JoinHostPort("::1", port)}
	case ip != nil && ip.IsLoopback():
		return []string{net.JoinHostPort(host, port), local}
	}
	return nil
}

// settingsWith returns the settings carrying the values used, as Default,
// for printing.
func settingsWith(ss []setting, values map[string]string) []setting {
	out := make([]setting, len(ss))
	for i, s := range ss {
		s.Default = values[s.key()]
		out[i] = s
	}
	return out
}

// printConfig writes one line per setting, secrets redacted.
func printConfig(w io.Writer, ss []setting) {
	fmt.Fprintln(w, "configuration:")
	for _, s := range ss {
		v := s.Default
		switch {
		case s.Secret && v != "":
			v = "(set)"
		case s.Secret, v == "":
			v = "(unset)"
		case s.Redact != nil:
			v = s.Redact(v)
		}
		fmt.Fprintf(w, "  %-31s %s\n", cmp.Or(s.Env, "-"+s.Flag), v)
	}
}

// redactURL keeps the scheme, host and (for PostgreSQL) database of a URL
// and drops credentials, API keys in paths and query parameters.
func redactURL(v string) string {
	u, err := url.Parse(v)
	if err != nil || u.Host == "" {
		return "(set)"
	}
	out := u.Scheme + "://"
	if u.User != nil {
		out += "***@"
	}
	out += u.Host
	switch {
	case strings.HasPrefix(u.Scheme, "postgres"):
		out += u.Path
	case u.Path != "" && u.Path != "/":
		out += "/***"
	}
	if u.RawQuery != "" {
		out += "?***"
	}
	return out
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func uintParser(dst *uint64) func(string) error {
	return func(v string) error {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return errors.New("want a whole number")
		}
		*dst = n
		return nil
	}
}

func boolParser(dst *bool) func(string) error {
	return func(v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return errors.New("want true or false")
		}
		*dst = b
		return nil
	}
}

func durationParser(dst *time.Duration, atLeast time.Duration) func(string) error {
	return func(v string) error {
		d, err := time.ParseDuration(v)
		if err != nil || d < atLeast {
			return fmt.Errorf("want a duration of at least %s, e.g. 1s or 500ms", atLeast)
		}
		*dst = d
		return nil
	}
}

func enumParser(dst *string, allowed ...string) func(string) error {
	return func(v string) error {
		if !contains(allowed, v) {
			return fmt.Errorf("want one of %s", strings.Join(allowed, ", "))
		}
		*dst = v
		return nil
	}
}
