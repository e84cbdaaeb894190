package postgres

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

// ComplianceStore implements compliance.Store.
type ComplianceStore struct{ Pool *pgxpool.Pool }

var _ compliance.Store = (*ComplianceStore)(nil)

var uuidPattern = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

func errInvestorNotFound() error {
	return errs.E(errs.NotFound, "investor_not_found", "no such investor")
}

func addrText(a common.Address) string { return strings.ToLower(a.Hex()) }

func isUnique(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "23505"
}

const investorColumns = `id::text, legal_name, type, country, flags, kyc_status, kyc_provider, kyc_reference,
	kyc_expires_at, version, created_at, updated_at`

func scanInvestor(row pgx.Row) (compliance.Investor, error) {
	var inv compliance.Investor
	var flags int16
	err := row.Scan(&inv.ID, &inv.LegalName, &inv.Type, &inv.Country, &flags, &inv.KYCStatus, &inv.KYCProvider,
		&inv.KYCReference, &inv.KYCExpiresAt, &inv.Version, &inv.CreatedAt, &inv.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return inv, errInvestorNotFound()
	}
	inv.Flags = compliance.Flag(flags)
	return inv, err
}

// withDetails loads the wallets and dated categories of invs.
func withDetails(ctx context.Context, q querier, invs []compliance.Investor) ([]compliance.Investor, error) {
	if len(invs) == 0 {
		return invs, nil
	}
	ids := make([]string, len(invs))
	at := map[string]int{}
	for i, inv := range invs {
		ids[i], at[inv.ID] = inv.ID, i
		invs[i].Wallets = []compliance.Wallet{}
	}
	if err := walletsOf(ctx, q, ids, func(w compliance.Wallet) {
		i := at[w.InvestorID]
		invs[i].Wallets = append(invs[i].Wallets, w)
	}); err != nil {
		return nil, err
	}
	return invs, loadGrants(ctx, q, ids, at, invs)
}

// walletsOf calls each with every wallet of the investors ids, oldest
// first.
func walletsOf(ctx context.Context, q querier, ids []string, each func(compliance.Wallet)) error {
	rows, err := q.Query(ctx, `SELECT address, investor_id::text, status, created_at FROM compliance_wallets
		WHERE investor_id = ANY($1::uuid[]) ORDER BY created_at, address`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var w compliance.Wallet
		var addr string
		if err := rows.Scan(&addr, &w.InvestorID, &w.Status, &w.CreatedAt); err != nil {
			return err
		}
		w.Address = common.HexToAddress(addr)
		each(w)
	}
	return rows.Err()
}

// querier is what both a pool and a transaction offer.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func investorByID(ctx context.Context, q querier, id string, forUpdate bool) (compliance.Investor, error) {
	if !uuidPattern.MatchString(id) {
		return compliance.Investor{}, errInvestorNotFound()
	}
	sql := `SELECT ` + investorColumns + ` FROM compliance_investors WHERE id = $1`
	if forUpdate {
		sql += ` FOR UPDATE`
	}
	inv, err := scanInvestor(q.QueryRow(ctx, sql, id))
	if err != nil {
		return inv, err
	}
	invs, err := withDetails(ctx, q, []compliance.Investor{inv})
	if err != nil {
		return inv, err
	}
	return invs[0], nil
}

// CreateInvestor implements compliance.Store.
func (s *ComplianceStore) CreateInvestor(ctx context.Context, inv compliance.Investor, now time.Time, d compliance.LogDraft) (compliance.Investor, error) {
	num, _ := compliance.CountryNumeric(inv.Country)
	var out compliance.Investor
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var err error
		out, err = scanInvestor(tx.QueryRow(ctx, `INSERT INTO compliance_investors
			(legal_name, type, country, country_numeric, flags, kyc_status, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING `+investorColumns,
			inv.LegalName, inv.Type, inv.Country, int16(num), int16(inv.Flags), inv.KYCStatus, now))
		if err != nil {
			return err
		}
		out.Wallets = []compliance.Wallet{}
		if out.Grants, err = saveGrants(ctx, tx, out.ID, inv.Grants); err != nil {
			return err
		}
		d.Subject = out.ID
		_, err = appendLog(ctx, tx, d, now)
		return err
	})
	return out, err
}

// UpdateInvestor implements compliance.Store.
func (s *ComplianceStore) UpdateInvestor(ctx context.Context, id string, now time.Time, change func(*compliance.Investor) error, draft func(compliance.Investor) compliance.LogDraft) (compliance.Investor, error) {
	var out compliance.Investor
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		inv, err := investorByID(ctx, tx, id, true)
		if err != nil {
			return err
		}
		if err := change(&inv); err != nil {
			return err
		}
		out, err = saveInvestor(ctx, tx, inv, now)
		if err != nil {
			return err
		}
		_, err = appendLog(ctx, tx, draft(out), now)
		return err
	})
	return out, err
}

// saveInvestor writes inv's fields and bumps its version.
func saveInvestor(ctx context.Context, tx pgx.Tx, inv compliance.Investor, now time.Time) (compliance.Investor, error) {
	num, _ := compliance.CountryNumeric(inv.Country)
	out, err := scanInvestor(tx.QueryRow(ctx, `UPDATE compliance_investors SET legal_name = $2, country = $3,
		country_numeric = $4, flags = $5, kyc_status = $6, kyc_provider = $7, kyc_reference = $8, kyc_expires_at = $9,
		version = version + 1, updated_at = $10 WHERE id = $1 RETURNING `+investorColumns,
		inv.ID, inv.LegalName, inv.Country, int16(num), int16(inv.Flags), inv.KYCStatus, inv.KYCProvider, inv.KYCReference,
		inv.KYCExpiresAt, now))
	if err != nil {
		return out, err
	}
	if _, err := saveGrants(ctx, tx, out.ID, inv.Grants); err != nil {
		return out, err
	}
	invs, err := withDetails(ctx, tx, []compliance.Investor{out})
	if err != nil {
		return out, err
	}
	return invs[0], nil
}

// Investor implements compliance.Store.
func (s *ComplianceStore) Investor(ctx context.Context, id string) (compliance.Investor, error) {
	return investorByID(ctx, s.Pool, id, false)
}

// Investors implements compliance.Store.
func (s *ComplianceStore) Investors(ctx context.Context, after string, limit int) ([]compliance.Investor, error) {
	if after == "" {
		after = "00000000-0000-0000-0000-000000000000"
	}
	if !uuidPattern.MatchString(after) {
		return nil, errs.E(errs.Invalid, "invalid_cursor", "cursor is not one this list returned")
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+investorColumns+` FROM compliance_investors WHERE id > $1 ORDER BY id LIMIT $2`, after, limit)
	if err != nil {
		return nil, err
	}
	invs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.Investor, error) { return scanInvestor(r) })
	if err != nil {
		return nil, err
	}
	return withDetails(ctx, s.Pool, invs)
}

// WalletOwner implements compliance.Store.
func (s *ComplianceStore) WalletOwner(ctx context.Context, addr common.Address) (compliance.Investor, error) {
	var id string
	err := s.Pool.QueryRow(ctx, `SELECT investor_id::text FROM compliance_wallets WHERE address = $1`, addrText(addr)).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return compliance.Investor{}, errs.E(errs.NotFound, "wallet_not_found", "no investor has this wallet")
	}
	if err != nil {
		return compliance.Investor{}, err
	}
	return investorByID(ctx, s.Pool, id, false)
}

// CreateChallenge implements compliance.Store.
func (s *ComplianceStore) CreateChallenge(ctx context.Context, c compliance.Challenge) (compliance.Challenge, error) {
	err := s.Pool.QueryRow(ctx, `INSERT INTO compliance_challenges (investor_id, address, message, expires_at)
		VALUES ($1, $2, $3, $4) RETURNING id`, c.InvestorID, addrText(c.Address), c.Message, c.ExpiresAt).Scan(&c.ID)
	return c, err
}

func scanChallenge(row pgx.Row) (compliance.Challenge, error) {
	var c compliance.Challenge
	var addr string
	err := row.Scan(&c.ID, &c.InvestorID, &addr, &c.Message, &c.ExpiresAt, &c.UsedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, errs.E(errs.NotFound, "challenge_not_found", "no such challenge")
	}
	c.Address = common.HexToAddress(addr)
	return c, err
}

const challengeColumns = `id, investor_id::text, address, message, expires_at, used_at`

// Challenge implements compliance.Store.
func (s *ComplianceStore) Challenge(ctx context.Context, id int64) (compliance.Challenge, error) {
	return scanChallenge(s.Pool.QueryRow(ctx, `SELECT `+challengeColumns+` FROM compliance_challenges WHERE id = $1`, id))
}

// AddWallet implements compliance.Store.
func (s *ComplianceStore) AddWallet(ctx context.Context, challengeID int64, now time.Time, d compliance.LogDraft) (compliance.Investor, error) {
	var out compliance.Investor
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		c, err := scanChallenge(tx.QueryRow(ctx, `SELECT `+challengeColumns+` FROM compliance_challenges WHERE id = $1 FOR UPDATE`, challengeID))
		if err != nil {
			return err
		}
		if c.UsedAt != nil {
			return errs.E(errs.Conflict, "challenge_used", "this challenge was used already; request a new one")
		}
		if !now.Before(c.ExpiresAt) {
			return errs.E(errs.Unprocessable, "challenge_expired", "this challenge expired; request a new one")
		}
		if _, err := tx.Exec(ctx, `UPDATE compliance_challenges SET used_at = $2 WHERE id = $1`, c.ID, now); err != nil {
			return err
		}
		inv, err := investorByID(ctx, tx, c.InvestorID, true)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO compliance_wallets (address, investor_id, created_at) VALUES ($1, $2, $3)`,
			addrText(c.Address), c.InvestorID, now); err != nil {
			if isUnique(err) {
				return errs.E(errs.Conflict, "wallet_linked", "wallet "+c.Address.Hex()+" is already linked to an investor")
			}
			return err
		}
		if out, err = saveInvestor(ctx, tx, inv, now); err != nil {
			return err
		}
		_, err = appendLog(ctx, tx, d, now)
		return err
	})
	return out, err
}

// SetWalletStatus implements compliance.Store.
func (s *ComplianceStore) SetWalletStatus(ctx context.Context, addr common.Address, status compliance.WalletStatus, now time.Time, d compliance.LogDraft) (compliance.Investor, error) {
	var out compliance.Investor
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var id string
		err := tx.QueryRow(ctx, `UPDATE compliance_wallets SET status = $2 WHERE address = $1 RETURNING investor_id::text`,
			addrText(addr), status).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return errs.E(errs.NotFound, "wallet_not_found", "no investor has this wallet")
		}
		if err != nil {
			return err
		}
		inv, err := investorByID(ctx, tx, id, true)
		if err != nil {
			return err
		}
		if out, err = saveInvestor(ctx, tx, inv, now); err != nil {
			return err
		}
		d.Subject = id
		_, err = appendLog(ctx, tx, d, now)
		return err
	})
	return out, err
}

// ExpireKYC implements compliance.Store.
func (s *ComplianceStore) ExpireKYC(ctx context.Context, now time.Time, actor string) ([]compliance.Investor, error) {
	var out []compliance.Investor
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		out = nil
		rows, err := tx.Query(ctx, `UPDATE compliance_investors SET kyc_status = 'expired', updated_at = $1
			WHERE kyc_status = 'approved' AND kyc_expires_at <= $1 RETURNING `+investorColumns, now)
		if err != nil {
			return err
		}
		invs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.Investor, error) { return scanInvestor(r) })
		if err != nil {
			return err
		}
		for _, inv := range invs {
			if _, err := appendLog(ctx, tx, compliance.LogDraft{Actor: actor, Action: "kyc.expired", Subject: inv.ID,
				Data: map[string]string{"expired_at": inv.KYCExpiresAt.UTC().Format(time.RFC3339)}}, now); err != nil {
				return err
			}
		}
		out, err = withDetails(ctx, tx, invs)
		return err
	})
	return out, err
}
