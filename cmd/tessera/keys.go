package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/seal"
)

// runKeys implements `tessera keys create|list|rotate|revoke` against
// DATABASE_URL, sealing secrets with the master key from
// TESSERA_MASTER_KEY, TESSERA_MASTER_KEY_FILE or .tessera/master.key.
func runKeys(ctx context.Context, args []string, stdout io.Writer) error {
	const usage = "keys: say `tessera keys create|list|rotate|revoke` (run `tessera keys <sub> -h` for flags)"
	if len(args) == 0 {
		return errors.New(usage)
	}
	sub, args := args[0], args[1:]
	fs := newFlagSet("keys "+sub, stdout)
	var (
		name, owner, scopes, id string
		expires, grace          time.Duration
		limit                   int
	)
	switch sub {
	case "create":
		fs.StringVar(&name, "name", "", "what the key is for, e.g. ci-deployer (required)")
		fs.StringVar(&owner, "owner", "", "the person or service the key belongs to, e.g. alice@example.com; four-eyes rules compare owners (required)")
		fs.StringVar(&scopes, "scopes", "", "comma-separated: issuer, approver, compliance, oracle, auditor, admin (required)")
		fs.DurationVar(&expires, "expires", 0, "lifetime such as 720h; 0 never expires")
	case "list":
		fs.IntVar(&limit, "limit", 0, "show at most this many keys; 0 shows all")
	case "rotate":
		fs.StringVar(&id, "id", "", "key id, tk_… (required)")
		fs.DurationVar(&grace, "grace", 24*time.Hour, "how long the previous secret keeps working")
	case "revoke":
		fs.StringVar(&id, "id", "", "key id, tk_… (required)")
	default:
		return errors.New(usage)
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case sub == "create" && (name == "" || owner == "" || scopes == ""):
		return errors.New("keys create: --name, --owner and --scopes are required")
	case (sub == "rotate" || sub == "revoke") && id == "":
		return fmt.Errorf("keys %s: --id is required", sub)
	}

	svc, closeDB, err := openKeyService(ctx)
	if err != nil {
		return fmt.Errorf("keys %s: %w", sub, err)
	}
	defer closeDB()
	err = keysCommand(ctx, svc, stdout, sub, name, owner, scopes, id, expires, grace, limit)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P01" { // undefined_table
		return fmt.Errorf("keys %s: the database has no API key tables: run `tessera migrate up` first", sub)
	}
	if err != nil {
		return fmt.Errorf("keys %s: %w", sub, err)
	}
	return nil
}

func openKeyService(ctx context.Context) (*apikey.Service, func(), error) {
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		return nil, nil, errors.New("DATABASE_URL is not set (for example postgres://user@127.0.0.1:5432/tessera)")
	}
	master, err := seal.LoadMasterKey(os.Getenv, ".tessera")
	if err != nil {
		return nil, nil, err
	}
	pool, err := postgres.Open(ctx, url)
	if err != nil {
		return nil, nil, err
	}
	svc, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: master})
	if err != nil {
		pool.Close()
		return nil, nil, err
	}
	return svc, pool.Close, nil
}

// keysCommand acts as apikey.CLI: whoever runs it holds the database and
// the master key, so the keys it makes have only their owner as custodian.
func keysCommand(ctx context.Context, svc *apikey.Service, stdout io.Writer, sub, name, owner, scopes, id string, expires, grace time.Duration, limit int) error {
	switch sub {
	case "create":
		parsed, err := apikey.ParseScopes(scopes)
		if err != nil {
			return err
		}
		k, secret, err := svc.Create(ctx, apikey.CLI, apikey.CreateParams{Name: name, Owner: owner, Scopes: parsed, ExpiresIn: expires})
		if err != nil {
			return err
		}
		printSecret(stdout, k, secret)
	case "rotate":
		k, secret, err := svc.Rotate(ctx, apikey.CLI, id, grace)
		if err != nil {
			return err
		}
		printSecret(stdout, k, secret)
		fmt.Fprintf(stdout, "the previous secret works until %s\n", time.Now().Add(grace).UTC().Format(time.RFC3339))
	case "revoke":
		k, err := svc.Revoke(ctx, apikey.CLI, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "revoked %s (%s) at %s\n", k.ID, k.Name, k.RevokedAt.UTC().Format(time.RFC3339))
	case "list":
		tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tOWNER\tSCOPES\tCREATED\tEXPIRES\tSTATE")
		var after int64
		shown := 0
		for {
			page, err := svc.List(ctx, apikey.CLI, after, 500)
			if err != nil {
				return err
			}
			for _, k := range page {
				if limit > 0 && shown == limit {
					return tw.Flush()
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", k.ID, k.Name, k.Owner, joinScopes(k.Scopes),
					k.CreatedAt.UTC().Format(time.RFC3339), orDash(k.ExpiresAt), keyState(k))
				shown++
				after = k.Seq
			}
			if len(page) < 500 {
				return tw.Flush()
			}
		}
	}
	return nil
}

func printSecret(w io.Writer, k apikey.Key, secret string) {
	fmt.Fprintf(w, "id:      %s\nname:    %s\nowner:   %s\nscopes:  %s\nexpires: %s\nsecret:  %s\n", k.ID, k.Name, k.Owner, joinScopes(k.Scopes), orDash(k.ExpiresAt), secret)
	fmt.Fprintln(w, "the secret is shown only now: store it in your secret manager")
}

func joinScopes(s []apikey.Scope) string {
	out := make([]string, len(s))
	for i, sc := range s {
		out[i] = string(sc)
	}
	return strings.Join(out, ",")
}

func orDash(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format(time.RFC3339)
}

func keyState(k apikey.Key) string {
	if _, err := k.Principal(time.Now()); err != nil {
		if k.RevokedAt != nil {
			return "revoked"
		}
		return "expired"
	}
	return "active"
}
