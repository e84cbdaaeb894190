package postgres

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/compliance"
)

// proofBytes stores a zero proof as NULL (none).
func proofBytes(h common.Hash) []byte {
	if h == (common.Hash{}) {
		return nil
	}
	return h.Bytes()
}

// saveGrants replaces investor id's category grants with gs, inside tx.
func saveGrants(ctx context.Context, tx pgx.Tx, id string, gs []compliance.CategoryGrant) ([]compliance.CategoryGrant, error) {
	if _, err := tx.Exec(ctx, `DELETE FROM compliance_investor_categories WHERE investor_id = $1`, id); err != nil {
		return nil, err
	}
	for _, g := range gs {
		if _, err := tx.Exec(ctx, `INSERT INTO compliance_investor_categories (investor_id, category, expires_at, proof)
			VALUES ($1, $2, $3, $4)`, id, int16(g.Category.Index()), g.ExpiresAt, proofBytes(g.Proof)); err != nil {
			return nil, err
		}
	}
	return gs, nil
}

// loadGrants fills the grants of invs (ids[i] is invs[i].ID; at maps an id
// to its index).
func loadGrants(ctx context.Context, q querier, ids []string, at map[string]int, invs []compliance.Investor) error {
	rows, err := q.Query(ctx, `SELECT investor_id::text, category, expires_at, proof FROM compliance_investor_categories
		WHERE investor_id = ANY($1::uuid[]) ORDER BY investor_id, category`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var c int16
		var g compliance.CategoryGrant
		var proof []byte
		if err := rows.Scan(&id, &c, &g.ExpiresAt, &proof); err != nil {
			return err
		}
		g.Category, g.Proof = compliance.Flag(1)<<c, common.BytesToHash(proof)
		i := at[id]
		invs[i].Grants = append(invs[i].Grants, g)
	}
	return rows.Err()
}

// ExpireCategories implements compliance.Store. Investors are locked
// before their grants, in id order, as UpdateInvestor locks them.
func (s *ComplianceStore) ExpireCategories(ctx context.Context, now time.Time, actor string) ([]compliance.Lapse, error) {
	var out []compliance.Lapse
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		out = nil
		rows, err := tx.Query(ctx, `SELECT id::text FROM compliance_investors WHERE id IN
			(SELECT investor_id FROM compliance_investor_categories WHERE expires_at <= $1) ORDER BY id FOR UPDATE`, now)
		if err != nil {
			return err
		}
		ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil || len(ids) == 0 {
			return err
		}
		rows, err = tx.Query(ctx, `DELETE FROM compliance_investor_categories WHERE investor_id = ANY($1::uuid[]) AND expires_at <= $2
			RETURNING investor_id::text, category, expires_at, proof`, ids, now)
		if err != nil {
			return err
		}
		lapses, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.Lapse, error) {
			var l compliance.Lapse
			var c int16
			var proof []byte
			err := r.Scan(&l.InvestorID, &c, &l.ExpiresAt, &proof)
			l.Category, l.Proof, l.LapsedAt = compliance.Flag(1)<<c, common.BytesToHash(proof), now
			return l, err
		})
		if err != nil {
			return err
		}
		drop := map[string]compliance.Flag{}
		for _, l := range lapses {
			drop[l.InvestorID] |= l.Category
		}
		for _, id := range ids {
			if _, err := tx.Exec(ctx, `UPDATE compliance_investors SET flags = flags & ~$2::smallint, version = version + 1,
				updated_at = $3 WHERE id = $1`, id, int16(drop[id]), now); err != nil {
				return err
			}
		}
		for i, l := range lapses {
			if err := tx.QueryRow(ctx, `INSERT INTO compliance_category_lapses (investor_id, category, expires_at, proof, lapsed_at)
				VALUES ($1, $2, $3, $4, $5) RETURNING id`, l.InvestorID, int16(l.Category.Index()), l.ExpiresAt, proofBytes(l.Proof), now).Scan(&lapses[i].ID); err != nil {
				return err
			}
			data := map[string]string{"category": l.Category.Name(), "expired_at": l.ExpiresAt.UTC().Format(time.RFC3339)}
			if l.Proof != (common.Hash{}) {
				data["proof"] = l.Proof.Hex()
			}
			if _, err := appendLog(ctx, tx, compliance.LogDraft{Actor: actor, Action: "category.expired", Subject: l.InvestorID, Data: data}, now); err != nil {
				return err
			}
		}
		out = lapses
		return nil
	})
	return out, err
}

// PendingLapses implements compliance.Store.
func (s *ComplianceStore) PendingLapses(ctx context.Context, limit int) ([]compliance.Lapse, error) {
	rows, err := s.Pool.Query(ctx, `SELECT id, investor_id::text, category, expires_at, proof, lapsed_at
		FROM compliance_category_lapses WHERE cleared_at IS NULL ORDER BY id LIMIT $1`, limit)
	if err != nil {
		return nil, err
	}
	lapses, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.Lapse, error) {
		var l compliance.Lapse
		var c int16
		var proof []byte
		err := r.Scan(&l.ID, &l.InvestorID, &c, &l.ExpiresAt, &proof, &l.LapsedAt)
		l.Category, l.Proof, l.Wallets = compliance.Flag(1)<<c, common.BytesToHash(proof), []compliance.Wallet{}
		return l, err
	})
	if err != nil || len(lapses) == 0 {
		return lapses, err
	}
	ids := make([]string, len(lapses))
	for i, l := range lapses {
		ids[i] = l.InvestorID
	}
	err = walletsOf(ctx, s.Pool, ids, func(w compliance.Wallet) {
		for i := range lapses {
			if lapses[i].InvestorID == w.InvestorID {
				lapses[i].Wallets = append(lapses[i].Wallets, w)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return lapses, nil
}

// FinishLapse implements compliance.Store.
func (s *ComplianceStore) FinishLapse(ctx context.Context, id int64, now time.Time) error {
	_, err := s.Pool.Exec(ctx, `UPDATE compliance_category_lapses SET cleared_at = $2 WHERE id = $1 AND cleared_at IS NULL`, id, now)
	return err
}
