package postgres_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/tessera-rwa/tessera/postgres"
)

// TestClusterAuthenticatesEveryConnection: the private cluster of
// tessera dev trusts nobody — a client without the superuser's password
// is refused, the password is kept in a file only this user reads — and a
// cluster made before passwords (trust) is moved to scram-sha-256 on its
// next start.
func TestClusterAuthenticatesEveryConnection(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	parent, err := os.MkdirTemp("", "tessera-cluster-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(parent) })
	if err := os.Chmod(parent, 0o700); err != nil { // private, as tessera dev makes .tessera
		t.Fatal(err)
	}
	dir := filepath.Join(parent, "pg")

	refused := func(c *postgres.Cluster) {
		t.Helper()
		u, _ := url.Parse(c.URL("postgres"))
		u.User = url.User("tessera")
		if conn, err := pgconn.Connect(ctx, u.String()); err == nil {
			conn.Close(ctx)
			t.Fatal("the cluster let a client in without a password")
		}
		conn, err := pgconn.Connect(ctx, c.URL("postgres"))
		if err != nil {
			t.Fatalf("with the password: %v", err)
		}
		conn.Close(ctx)
		if strings.Contains(c.Redacted("postgres"), mustPassword(t, dir)) {
			t.Fatal("Redacted shows the password")
		}
	}

	c, err := postgres.StartCluster(ctx, postgres.ClusterConfig{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	refused(c)
	if st, err := os.Stat(postgres.PasswordFile(dir)); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("password file: %v %v", st, err)
	}
	if err := c.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	// Make it look like a cluster from before passwords: trust, no file.
	hba := filepath.Join(dir, "pg_hba.conf")
	b, err := os.ReadFile(hba)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(hba, []byte(strings.ReplaceAll(string(b), "scram-sha-256", "trust")), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(postgres.PasswordFile(dir)); err != nil {
		t.Fatal(err)
	}
	old := mustPasswordOrEmpty(dir)
	c, err = postgres.StartCluster(ctx, postgres.ClusterConfig{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Stop(context.Background())
	if pw := mustPassword(t, dir); pw == old {
		t.Fatal("the legacy cluster kept no new password")
	}
	refused(c)
}

func mustPassword(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(postgres.PasswordFile(dir))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

func mustPasswordOrEmpty(dir string) string {
	b, _ := os.ReadFile(postgres.PasswordFile(dir))
	return strings.TrimSpace(string(b))
}
