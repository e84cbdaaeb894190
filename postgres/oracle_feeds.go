package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/oracle"
)

var _ oracle.AssetSymbols = (*OracleStore)(nil)

// AssetSymbols implements oracle.AssetSymbols: the symbols of the issuance
// assets among ids (ids that are not asset ids are left out).
func (s *OracleStore) AssetSymbols(ctx context.Context, ids []string) (map[string]string, error) {
	rows, err := s.Pool.Query(ctx, `SELECT id::text, symbol FROM issuance_assets WHERE id::text = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	var id, symbol string
	_, err = pgx.ForEachRow(rows, []any{&id, &symbol}, func() error {
		out[id] = symbol
		return nil
	})
	return out, err
}
