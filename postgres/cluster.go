package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/tessera-rwa/tessera/internal/localport"
)

// ClusterConfig describes a private PostgreSQL cluster.
type ClusterConfig struct {
	// Dir is the data directory; a cluster is initialised there when it holds
	// none.
	Dir string
	// Port to listen on at 127.0.0.1; 0 picks a free one.
	Port int
	// Durable keeps fsync on. Tests turn it off: their data is thrown away.
	Durable bool
	// MaxConnections for the server; 0 means 200.
	MaxConnections int
}

// Cluster is a PostgreSQL server started from the machine's binaries, owned
// by this process and stopped by Stop (or killed with this process).
type Cluster struct {
	cfg  ClusterConfig
	bin  string
	cred *syscall.Credential
	cmd  *exec.Cmd
	done chan struct{}
	err  error
	// password is the superuser's, kept in PasswordFile: the cluster
	// authenticates every connection (scram-sha-256), so another local
	// user or process on the machine cannot log in.
	password string
}

// superuser is the role initdb creates.
const superuser = "tessera"

// PasswordFile is where a cluster in dir keeps its superuser's password
// (mode 0600, beside the data directory, owned by whoever started it).
func PasswordFile(dir string) string { return filepath.Clean(dir) + ".password" }

// ErrNoPostgres is returned when no PostgreSQL server binaries are installed.
var ErrNoPostgres = errors.New("PostgreSQL server binaries (initdb, postgres) not found on PATH or under /usr/lib/postgresql/*/bin: install them (Debian: apt-get install postgresql) or set DATABASE_URL")

// FindBinaries returns the directory that holds initdb and postgres: PATH
// first, then the newest /usr/lib/postgresql/<version>/bin.
func FindBinaries() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "postgres")); err == nil {
			return dir, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return pgVersion(dirs[i]) > pgVersion(dirs[j]) })
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "initdb")); err == nil {
			return dir, nil
		}
	}
	return "", ErrNoPostgres
}

func pgVersion(binDir string) float64 {
	v, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(binDir)), 64)
	return v
}

// StartCluster initialises cfg.Dir if needed, starts the server and waits
// until it accepts connections. When this process runs as root the server
// runs as the unprivileged "postgres" user, since PostgreSQL refuses root.
func StartCluster(ctx context.Context, cfg ClusterConfig) (*Cluster, error) {
	if cfg.Dir == "" {
		return nil, errors.New("postgres cluster: no data directory given")
	}
	if cfg.MaxConnections == 0 {
		cfg.MaxConnections = 200
	}
	bin, err := FindBinaries()
	if err != nil {
		return nil, err
	}
	c := &Cluster{cfg: cfg, bin: bin, done: make(chan struct{})}
	if os.Geteuid() == 0 {
		if c.cred, err = unprivileged(); err != nil {
			return nil, err
		}
	}
	abs, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	c.cfg.Dir = abs
	if err := c.prepare(ctx); err != nil {
		return nil, err
	}
	if c.cfg.Port == 0 {
		if c.cfg.Port, err = localport.Free(); err != nil {
			return nil, err
		}
	} else if err := localport.Check(c.cfg.Port); err != nil {
		return nil, err
	}
	legacy := c.password == ""
	if legacy {
		// A cluster made before passwords: it still trusts local TCP
		// until start gives the superuser a password and moves it to
		// scram-sha-256.
		if c.password, err = newPassword(); err != nil {
			return nil, err
		}
	}
	if err := c.start(ctx, legacy); err != nil {
		return nil, err
	}
	return c, nil
}

func newPassword() (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func unprivileged() (*syscall.Credential, error) {
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, errors.New("running as root, and PostgreSQL refuses to run as root: create an unprivileged 'postgres' user (Debian's postgresql package does) or run as a normal user")
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

// prepare creates and initialises the data directory, and stops a server a
// crashed earlier run may have left on it.
func (c *Cluster) prepare(ctx context.Context) error {
	dir := c.cfg.Dir
	if err := c.parentEnterable(); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, "PG_VERSION")); err == nil {
		if _, err := os.Stat(filepath.Join(dir, "postmaster.pid")); err == nil {
			// A previous run died without stopping its server: stop it now.
			_ = c.run(ctx, "pg_ctl", "-D", dir, "stop", "-m", "fast", "-w", "-t", "30")
		}
		if pw, err := os.ReadFile(PasswordFile(dir)); err == nil {
			c.password = strings.TrimSpace(string(pw))
		}
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return fmt.Errorf("postgres cluster: %w", err)
	}
	if err := c.parentEnterable(); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("postgres cluster: %w", err)
	}
	if c.cred != nil {
		if err := os.Chown(dir, int(c.cred.Uid), int(c.cred.Gid)); err != nil {
			return fmt.Errorf("postgres cluster: give %s to the postgres user: %w", dir, err)
		}
	}
	pw, err := newPassword()
	if err != nil {
		return err
	}
	// initdb reads the password from a file the server's user can read;
	// it is removed at once, and the copy kept is private to this user.
	pwfile := filepath.Clean(dir) + ".initdb"
	if err := os.WriteFile(pwfile, []byte(pw+"\n"), 0o600); err != nil {
		return fmt.Errorf("postgres cluster: %w", err)
	}
	defer os.Remove(pwfile)
	if c.cred != nil {
		if err := os.Chown(pwfile, int(c.cred.Uid), int(c.cred.Gid)); err != nil {
			return fmt.Errorf("postgres cluster: %w", err)
		}
	}
	if err := c.run(ctx, "initdb", "-D", dir, "-U", superuser, "--auth=scram-sha-256", "--pwfile="+pwfile, "--no-sync",
		"--encoding=UTF8", "--locale=C", "--no-instructions"); err != nil {
		return fmt.Errorf("postgres cluster: initdb: %w", err)
	}
	if err := os.WriteFile(PasswordFile(dir), []byte(pw+"\n"), 0o600); err != nil {
		return fmt.Errorf("postgres cluster: %w", err)
	}
	c.password = pw
	return nil
}

// parentEnterable lets the server's user into the data directory's parent
// when it is private (0700) and this process runs as root: the parent
// becomes 0710 with the postgres group, which may enter it but not list it.
func (c *Cluster) parentEnterable() error {
	parent := filepath.Dir(c.cfg.Dir)
	st, err := os.Stat(parent)
	if err != nil || c.cred == nil || st.Mode().Perm()&0o011 != 0 {
		return nil
	}
	if err := os.Chown(parent, -1, int(c.cred.Gid)); err != nil {
		return fmt.Errorf("postgres cluster: let the postgres group into %s: %w", parent, err)
	}
	return os.Chmod(parent, st.Mode().Perm()|0o010)
}

// secure gives a cluster made before passwords its superuser's password
// and moves every pg_hba.conf rule from trust to scram-sha-256.
func (c *Cluster) secure(ctx context.Context) error {
	conn, err := pgconn.Connect(ctx, c.url("postgres", ""))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	// The password travels as its SCRAM verifier's input over loopback
	// once; it is never logged.
	if err := conn.Exec(ctx, "ALTER ROLE "+quoteIdent(superuser)+" PASSWORD "+quoteLiteral(c.password)).Close(); err != nil {
		return err
	}
	hba := filepath.Join(c.cfg.Dir, "pg_hba.conf")
	b, err := os.ReadFile(hba)
	if err != nil {
		return err
	}
	lines := strings.Split(string(b), "\n")
	for i, l := range lines {
		if f := strings.Fields(l); len(f) > 0 && !strings.HasPrefix(f[0], "#") && f[len(f)-1] == "trust" {
			lines[i] = strings.TrimSuffix(strings.TrimRight(l, " \t"), "trust") + "scram-sha-256"
		}
	}
	if err := os.WriteFile(hba, []byte(strings.Join(lines, "\n")), 0o600); err != nil {
		return err
	}
	if err := os.WriteFile(PasswordFile(c.cfg.Dir), []byte(c.password+"\n"), 0o600); err != nil {
		return err
	}
	return conn.Exec(ctx, "SELECT pg_reload_conf()").Close()
}

func quoteLiteral(s string) string { return `'` + strings.ReplaceAll(s, `'`, `''`) + `'` }

func (c *Cluster) run(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, filepath.Join(c.bin, name), args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	cmd.Dir = os.TempDir()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%w: %s", err, lastLines(string(out), 5))
	}
	return nil
}

func (c *Cluster) start(ctx context.Context, legacy bool) error {
	logPath := filepath.Join(c.cfg.Dir, "server.log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("postgres cluster: %w", err)
	}
	defer logFile.Close()
	args := []string{
		"-D", c.cfg.Dir,
		"-p", strconv.Itoa(c.cfg.Port),
		"-c", "listen_addresses=127.0.0.1",
		"-c", "unix_socket_directories=",
		"-c", "max_connections=" + strconv.Itoa(c.cfg.MaxConnections),
	}
	if !c.cfg.Durable {
		args = append(args, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	cmd := exec.Command(filepath.Join(c.bin, "postgres"), args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.Dir = os.TempDir()
	// Own process group: a Ctrl-C in the terminal reaches us, and we stop the
	// server in order. Pdeathsig: if we are killed, the server goes too.
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred, Setpgid: true, Pdeathsig: syscall.SIGQUIT}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("postgres cluster: start postgres: %w", err)
	}
	c.cmd = cmd
	go func() {
		c.err = cmd.Wait()
		close(c.done)
	}()

	deadline := time.Now().Add(60 * time.Second)
	for {
		pingCtx, cancel := context.WithTimeout(ctx, time.Second)
		ping := c.URL("postgres")
		if legacy {
			ping = c.url("postgres", "")
		}
		conn, err := pgconn.Connect(pingCtx, ping)
		cancel()
		if err == nil {
			_ = conn.Close(ctx)
			if legacy {
				if err := c.secure(ctx); err != nil {
					_ = c.Stop(context.Background())
					return fmt.Errorf("postgres cluster: move to password authentication: %w", err)
				}
			}
			return nil
		}
		select {
		case <-c.done:
			log, _ := os.ReadFile(logPath)
			return fmt.Errorf("postgres cluster: server exited at start: %s", lastLines(string(log), 5))
		case <-ctx.Done():
			_ = c.Stop(context.Background())
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			_ = c.Stop(context.Background())
			return fmt.Errorf("postgres cluster: not ready after 60s (log: %s)", logPath)
		}
	}
}

// URL is the connection URL of database db on this cluster, with the
// superuser's password: keep it out of logs (Redacted shows it without).
func (c *Cluster) URL(db string) string { return c.url(db, c.password) }

// Redacted is URL with the password masked, for banners and logs.
func (c *Cluster) Redacted(db string) string {
	u, _ := url.Parse(c.URL(db))
	return u.Redacted()
}

func (c *Cluster) url(db, password string) string {
	user := url.User(superuser)
	if password != "" {
		user = url.UserPassword(superuser, password)
	}
	u := url.URL{
		Scheme:   "postgres",
		User:     user,
		Host:     net.JoinHostPort("127.0.0.1", strconv.Itoa(c.cfg.Port)),
		Path:     "/" + db,
		RawQuery: "sslmode=disable",
	}
	return u.String()
}

// Port is the TCP port the server listens on.
func (c *Cluster) Port() int { return c.cfg.Port }

// CreateDatabase creates db unless it exists.
func (c *Cluster) CreateDatabase(ctx context.Context, db string) error {
	conn, err := pgconn.Connect(ctx, c.URL("postgres"))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	err = conn.Exec(ctx, "CREATE DATABASE "+quoteIdent(db)).Close()
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P04" { // duplicate_database
		return nil
	}
	return err
}

// Stop shuts the server down (fast shutdown: open sessions are ended) and
// waits for it to exit. It is safe to call more than once.
func (c *Cluster) Stop(ctx context.Context) error {
	if c == nil || c.cmd == nil {
		return nil
	}
	select {
	case <-c.done:
		return nil
	default:
	}
	_ = c.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-c.done:
		return nil
	case <-time.After(30 * time.Second):
	case <-ctx.Done():
	}
	_ = c.cmd.Process.Kill()
	<-c.done
	return errors.New("postgres cluster: server did not stop in time and was killed")
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}
