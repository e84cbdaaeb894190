package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

// The KYC provider keys, their four-eyes requests, the onboarding policy
// and accepted attestations (migration 029).

const kycKeyColumns = `id, provider, signer, requested_by, added_by, added_at, COALESCE(revoked_by, ''), revoked_at`

func scanKYCKey(row pgx.Row) (compliance.KYCKey, error) {
	var k compliance.KYCKey
	var signer string
	err := row.Scan(&k.ID, &k.Provider, &signer, &k.RequestedBy, &k.AddedBy, &k.AddedAt, &k.RevokedBy, &k.RevokedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return k, errs.E(errs.NotFound, "kyc_key_not_found", "no such KYC provider key")
	}
	k.Signer = common.HexToAddress(signer)
	return k, err
}

const kycRequestColumns = `id, change, provider, signer, COALESCE(key_id, 0), reason, state, requested_by,
	COALESCE(decided_by, ''), decision_note, created_at, decided_at`

func scanKYCRequest(row pgx.Row) (compliance.KYCKeyRequest, error) {
	var r compliance.KYCKeyRequest
	var signer string
	err := row.Scan(&r.ID, &r.Change, &r.Provider, &signer, &r.KeyID, &r.Reason, &r.State, &r.RequestedBy,
		&r.DecidedBy, &r.DecisionNote, &r.CreatedAt, &r.DecidedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, errs.E(errs.NotFound, "kyc_key_request_not_found", "no such KYC key request")
	}
	r.Signer = common.HexToAddress(signer)
	return r, err
}

func constraintOf(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return pgErr.ConstraintName
	}
	return ""
}

// CreateKYCKeyRequest implements compliance.Store.
func (s *ComplianceStore) CreateKYCKeyRequest(ctx context.Context, r compliance.KYCKeyRequest, now time.Time, draft func(compliance.KYCKeyRequest) compliance.LogDraft) (compliance.KYCKeyRequest, error) {
	var out compliance.KYCKeyRequest
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var keyID *int64
		if r.KeyID != 0 {
			keyID = &r.KeyID
		}
		var err error
		out, err = scanKYCRequest(tx.QueryRow(ctx, `INSERT INTO compliance_kyc_key_requests
			(change, provider, signer, key_id, reason, requested_by, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING `+kycRequestColumns,
			r.Change, r.Provider, addrText(r.Signer), keyID, r.Reason, r.RequestedBy, now))
		if constraintOf(err) == "compliance_kyc_key_requests_pending" {
			return errs.E(errs.Conflict, "kyc_key_request_pending", "a change of "+r.Signer.Hex()+" is pending already: decide it first")
		}
		if err != nil {
			return err
		}
		_, err = appendLog(ctx, tx, draft(out), now)
		return err
	})
	return out, err
}

// DecideKYCKeyRequest implements compliance.Store.
func (s *ComplianceStore) DecideKYCKeyRequest(ctx context.Context, id int64, now time.Time, decide func(*compliance.KYCKeyRequest) error, draft func(compliance.KYCKeyRequest) compliance.LogDraft) (compliance.KYCKeyRequest, error) {
	var out compliance.KYCKeyRequest
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		r, err := scanKYCRequest(tx.QueryRow(ctx, `SELECT `+kycRequestColumns+` FROM compliance_kyc_key_requests WHERE id = $1 FOR UPDATE`, id))
		if err != nil {
			return err
		}
		if err := decide(&r); err != nil {
			return err
		}
		if r.State == compliance.Approved {
			switch r.Change {
			case compliance.KYCKeyAdd:
				err = tx.QueryRow(ctx, `INSERT INTO compliance_kyc_keys (provider, signer, requested_by, added_by, added_at)
					VALUES ($1, $2, $3, $4, $5) RETURNING id`, r.Provider, addrText(r.Signer), r.RequestedBy, r.DecidedBy, now).Scan(&r.KeyID)
				if constraintOf(err) == "compliance_kyc_keys_active" {
					return errs.E(errs.Conflict, "kyc_key_active", r.Signer.Hex()+" became an active KYC key meanwhile")
				}
			case compliance.KYCKeyRevoke:
				// The row lock waits for onboardings that hold the key
				// (FOR SHARE) to commit; every later one sees it revoked.
				var n int64
				tag, e := tx.Exec(ctx, `UPDATE compliance_kyc_keys SET revoked_by = $2, revoked_at = $3
					WHERE id = $1 AND revoked_at IS NULL`, r.KeyID, r.DecidedBy, now)
				err, n = e, tag.RowsAffected()
				if err == nil && n == 0 {
					return errs.E(errs.Conflict, "kyc_key_revoked", "the key was revoked meanwhile")
				}
			}
			if err != nil {
				return err
			}
		}
		out, err = scanKYCRequest(tx.QueryRow(ctx, `UPDATE compliance_kyc_key_requests SET state = $2, decided_by = $3,
			decision_note = $4, key_id = NULLIF($5, 0), decided_at = $6 WHERE id = $1 RETURNING `+kycRequestColumns,
			id, r.State, r.DecidedBy, r.DecisionNote, r.KeyID, now))
		if err != nil {
			return err
		}
		_, err = appendLog(ctx, tx, draft(out), now)
		return err
	})
	return out, err
}

// KYCKeyRequest implements compliance.Store.
func (s *ComplianceStore) KYCKeyRequest(ctx context.Context, id int64) (compliance.KYCKeyRequest, error) {
	return scanKYCRequest(s.Pool.QueryRow(ctx, `SELECT `+kycRequestColumns+` FROM compliance_kyc_key_requests WHERE id = $1`, id))
}

// KYCKeyRequests implements compliance.Store.
func (s *ComplianceStore) KYCKeyRequests(ctx context.Context, before int64, limit int) ([]compliance.KYCKeyRequest, error) {
	if before <= 0 {
		before = 1<<63 - 1
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+kycRequestColumns+` FROM compliance_kyc_key_requests WHERE id < $1
		ORDER BY id DESC LIMIT $2`, before, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.KYCKeyRequest, error) { return scanKYCRequest(r) })
}

// KYCKey implements compliance.Store.
func (s *ComplianceStore) KYCKey(ctx context.Context, id int64) (compliance.KYCKey, error) {
	return scanKYCKey(s.Pool.QueryRow(ctx, `SELECT `+kycKeyColumns+` FROM compliance_kyc_keys WHERE id = $1`, id))
}

// KYCKeys implements compliance.Store.
func (s *ComplianceStore) KYCKeys(ctx context.Context) ([]compliance.KYCKey, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+kycKeyColumns+` FROM compliance_kyc_keys ORDER BY id`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.KYCKey, error) { return scanKYCKey(r) })
}

// ActiveKYCKey implements compliance.Store.
func (s *ComplianceStore) ActiveKYCKey(ctx context.Context, signer common.Address) (compliance.KYCKey, error) {
	return scanKYCKey(s.Pool.QueryRow(ctx, `SELECT `+kycKeyColumns+` FROM compliance_kyc_keys
		WHERE signer = $1 AND revoked_at IS NULL`, addrText(signer)))
}

// SaveOnboardingPolicy implements compliance.Store.
func (s *ComplianceStore) SaveOnboardingPolicy(ctx context.Context, p compliance.OnboardingPolicy, now time.Time, check func(compliance.OnboardingPolicy) error, draft func(compliance.OnboardingPolicy) compliance.LogDraft) (compliance.OnboardingPolicy, error) {
	var out compliance.OnboardingPolicy
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		// One writer at a time: versions stay gapless, and check sees the
		// policy the new one replaces.
		if _, err := tx.Exec(ctx, `LOCK TABLE compliance_onboarding_policies IN EXCLUSIVE MODE`); err != nil {
			return err
		}
		cur, err := currentPolicy(ctx, tx)
		if errs.Is(err, errs.NotFound) {
			cur, err = compliance.OnboardingPolicy{Tiers: []compliance.TierRule{}}, nil
		}
		if err != nil {
			return err
		}
		if err := check(cur); err != nil {
			return err
		}
		tiers, err := json.Marshal(p.Tiers)
		if err != nil {
			return err
		}
		out, err = scanPolicy(tx.QueryRow(ctx, `INSERT INTO compliance_onboarding_policies (version, tiers, reason, actor, created_at)
			SELECT COALESCE(MAX(version), 0) + 1, $1, $2, $3, $4 FROM compliance_onboarding_policies
			RETURNING version, tiers::text, reason, actor, created_at`, string(tiers), p.Reason, p.Actor, now))
		if err != nil {
			return err
		}
		_, err = appendLog(ctx, tx, draft(out), now)
		return err
	})
	return out, err
}

func scanPolicy(row pgx.Row) (compliance.OnboardingPolicy, error) {
	var p compliance.OnboardingPolicy
	var tiers string
	err := row.Scan(&p.Version, &tiers, &p.Reason, &p.Actor, &p.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return p, errs.E(errs.NotFound, "onboarding_policy_not_found", "no onboarding policy was set")
	}
	if err != nil {
		return p, err
	}
	return p, json.Unmarshal([]byte(tiers), &p.Tiers)
}

// OnboardingPolicy implements compliance.Store.
func (s *ComplianceStore) OnboardingPolicy(ctx context.Context) (compliance.OnboardingPolicy, error) {
	return currentPolicy(ctx, s.Pool)
}

func currentPolicy(ctx context.Context, q rowQuerier) (compliance.OnboardingPolicy, error) {
	return scanPolicy(q.QueryRow(ctx, `SELECT version, tiers::text, reason, actor, created_at
		FROM compliance_onboarding_policies ORDER BY version DESC LIMIT 1`))
}

const onboardingColumns = `o.id, o.hash, o.key_id, o.provider, o.signer, o.subject, o.wallet, o.country, o.categories,
	o.tier, o.mode, o.why, o.expires_at, o.issued_at, o.investor_id::text, o.joined, o.actor, o.created_at, i.kyc_status,
	k.revoked_at IS NOT NULL`

const onboardingFrom = ` FROM compliance_onboardings o JOIN compliance_investors i ON i.id = o.investor_id
	JOIN compliance_kyc_keys k ON k.id = o.key_id`

func scanOnboarding(row pgx.Row) (compliance.Onboarding, error) {
	var o compliance.Onboarding
	var hash, signer, subject, wallet string
	var cats int16
	err := row.Scan(&o.ID, &hash, &o.KeyID, &o.Provider, &signer, &subject, &wallet, &o.Country, &cats, &o.Tier, &o.Mode,
		&o.Why, &o.ExpiresAt, &o.IssuedAt, &o.InvestorID, &o.Joined, &o.Actor, &o.CreatedAt, &o.KYCStatus, &o.KeyRevoked)
	if errors.Is(err, pgx.ErrNoRows) {
		return o, errs.E(errs.NotFound, "onboarding_not_found", "no such onboarding")
	}
	o.Hash, o.Signer, o.Subject, o.Wallet = common.HexToHash(hash), common.HexToAddress(signer), common.HexToHash(subject), common.HexToAddress(wallet)
	o.Categories = compliance.Flag(cats)
	return o, err
}

func hashText(h common.Hash) string { return h.Hex() } // lower-case hex

// Onboard implements compliance.Store.
func (s *ComplianceStore) Onboard(ctx context.Context, o compliance.Onboarding, fresh compliance.Investor, now time.Time, join func(*compliance.Investor) error, draft func(compliance.Onboarding) compliance.LogDraft) (compliance.Onboarding, compliance.Investor, error) {
	var out compliance.Onboarding
	var inv compliance.Investor
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		// Hold the key: a revocation waits for this onboarding to commit,
		// and one approved before it is seen here.
		var revoked bool
		if err := tx.QueryRow(ctx, `SELECT revoked_at IS NOT NULL FROM compliance_kyc_keys WHERE id = $1 FOR SHARE`, o.KeyID).Scan(&revoked); err != nil {
			return err
		}
		if revoked {
			return errs.E(errs.Unprocessable, "kyc_key_revoked", "the attestation is signed by a revoked key of "+o.Provider+": ask the provider for a new one")
		}
		var used bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM compliance_onboardings WHERE hash = $1)`, hashText(o.Hash)).Scan(&used); err != nil {
			return err
		}
		if used {
			return compliance.AttestationUsed()
		}
		// One onboarding per subject at a time: a subject maps to one investor.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('kyc_subject:' || $1 || ':' || $2))`, o.Provider, hashText(o.Subject)); err != nil {
			return err
		}
		var existing string
		err := tx.QueryRow(ctx, `SELECT investor_id::text FROM compliance_kyc_subjects WHERE provider = $1 AND subject = $2`,
			o.Provider, hashText(o.Subject)).Scan(&existing)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			num, _ := compliance.CountryNumeric(fresh.Country)
			inv, err = scanInvestor(tx.QueryRow(ctx, `INSERT INTO compliance_investors (legal_name, type, country, country_numeric,
				flags, kyc_status, kyc_provider, kyc_reference, kyc_expires_at, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING `+investorColumns,
				fresh.LegalName, fresh.Type, fresh.Country, int16(num), int16(fresh.Flags), fresh.KYCStatus, fresh.KYCProvider,
				fresh.KYCReference, fresh.KYCExpiresAt, now))
			if err != nil {
				return err
			}
			if _, err := saveGrants(ctx, tx, inv.ID, fresh.Grants); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO compliance_kyc_subjects (provider, subject, investor_id, created_at)
				VALUES ($1, $2, $3, $4)`, o.Provider, hashText(o.Subject), inv.ID, now); err != nil {
				return err
			}
		case err != nil:
			return err
		default:
			// A subject first attested under a key revoked since may be
			// anyone's: whoever held the key then could have taken a
			// subject a genuine attestation names now.
			var taken bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM compliance_onboardings o JOIN compliance_kyc_keys k ON k.id = o.key_id
				WHERE o.investor_id = $1 AND k.revoked_at IS NOT NULL)`, existing).Scan(&taken); err != nil {
				return err
			}
			if taken {
				return errs.E(errs.Conflict, "subject_needs_review", "the investor this attestation's subject belongs to was onboarded with a "+o.Provider+
					" key revoked since: a compliance officer checks that investor and links this wallet")
			}
			o.Joined = true
			cur, err := investorByID(ctx, tx, existing, true)
			if err != nil {
				return err
			}
			if err := join(&cur); err != nil {
				return err
			}
			if inv, err = saveInvestor(ctx, tx, cur, now); err != nil {
				return err
			}
		}
		o.InvestorID = inv.ID
		_, err = tx.Exec(ctx, `INSERT INTO compliance_wallets (address, investor_id, created_at) VALUES ($1, $2, $3)`,
			addrText(o.Wallet), inv.ID, now)
		if isUnique(err) {
			return errs.E(errs.Conflict, "wallet_onboarded", "wallet "+o.Wallet.Hex()+" is already onboarded")
		}
		if err != nil {
			return err
		}
		err = tx.QueryRow(ctx, `INSERT INTO compliance_onboardings (hash, key_id, provider, signer, subject, wallet, country,
			categories, tier, mode, why, expires_at, issued_at, investor_id, joined, actor, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
			hashText(o.Hash), o.KeyID, o.Provider, addrText(o.Signer), hashText(o.Subject), addrText(o.Wallet), o.Country,
			int16(o.Categories), o.Tier, o.Mode, o.Why, o.ExpiresAt, o.IssuedAt, inv.ID, o.Joined, o.Actor, now).Scan(&o.ID)
		if isUnique(err) {
			return compliance.AttestationUsed()
		}
		if err != nil {
			return err
		}
		if out, err = scanOnboarding(tx.QueryRow(ctx, `SELECT `+onboardingColumns+onboardingFrom+` WHERE o.id = $1`, o.ID)); err != nil {
			return err
		}
		invs, err := withDetails(ctx, tx, []compliance.Investor{inv})
		if err != nil {
			return err
		}
		inv = invs[0]
		_, err = appendLog(ctx, tx, draft(out), now)
		return err
	})
	return out, inv, err
}

// Onboarding implements compliance.Store.
func (s *ComplianceStore) Onboarding(ctx context.Context, id int64) (compliance.Onboarding, error) {
	return scanOnboarding(s.Pool.QueryRow(ctx, `SELECT `+onboardingColumns+onboardingFrom+` WHERE o.id = $1`, id))
}

// Onboardings implements compliance.Store.
func (s *ComplianceStore) Onboardings(ctx context.Context, pending bool, before int64, limit int) ([]compliance.Onboarding, error) {
	if before <= 0 {
		before = 1<<63 - 1
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+onboardingColumns+onboardingFrom+`
		WHERE o.id < $1 AND (NOT $2 OR o.mode = 'review' AND i.kyc_status = 'pending') ORDER BY o.id DESC LIMIT $3`, before, pending, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.Onboarding, error) { return scanOnboarding(r) })
}

// WalletOnboarding implements compliance.Store.
func (s *ComplianceStore) WalletOnboarding(ctx context.Context, wallet common.Address) (compliance.Onboarding, error) {
	return scanOnboarding(s.Pool.QueryRow(ctx, `SELECT `+onboardingColumns+onboardingFrom+`
		WHERE o.wallet = $1 ORDER BY o.id DESC LIMIT 1`, addrText(wallet)))
}
