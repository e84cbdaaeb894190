package postgres

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/observe"
)

// StateStore reads the state the metrics show (observe.StateReader).
type StateStore struct{ Pool *pgxpool.Pool }

// PlatformState reads every figure in one read-only snapshot.
func (s *StateStore) PlatformState(ctx context.Context, chainID *big.Int) (observe.PlatformState, error) {
	st := observe.PlatformState{Requests: map[string]int64{}, Transactions: map[string]int64{},
		NextNonces: map[common.Address]uint64{}, PushAge: map[string]time.Duration{}}
	id := chainID.String()
	err := pgx.BeginTxFunc(ctx, s.Pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		for q, into := range map[string]map[string]int64{
			"SELECT state, count(*) FROM tx_requests WHERE chain_id = $1::numeric GROUP BY state": st.Requests,
			"SELECT state, count(*) FROM chain_txs WHERE chain_id = $1::numeric GROUP BY state":   st.Transactions,
		} {
			rows, _ := tx.Query(ctx, q, id)
			var state string
			var n int64
			if _, err := pgx.ForEachRow(rows, []any{&state, &n}, func() error { into[state] = n; return nil }); err != nil {
				return err
			}
		}
		var cursor int64
		switch err := tx.QueryRow(ctx, "SELECT block_number FROM indexer_cursors WHERE chain_id = $1", chainID.Int64()).Scan(&cursor); err {
		case nil:
			st.IndexedBlock, st.Indexed = uint64(cursor), true
		case pgx.ErrNoRows:
		default:
			return err
		}
		rows, _ := tx.Query(ctx, "SELECT address, next_nonce FROM tx_signers WHERE chain_id = $1::numeric", id)
		var addr []byte
		var next int64
		if _, err := pgx.ForEachRow(rows, []any{&addr, &next}, func() error {
			st.NextNonces[common.BytesToAddress(addr)] = uint64(next)
			return nil
		}); err != nil {
			return err
		}
		rows, _ = tx.Query(ctx, `SELECT asset, extract(epoch FROM now() - max(updated_at))::float8
			FROM oracle_pushes WHERE chain_id = $1::numeric AND state = 'confirmed' GROUP BY asset`, id)
		var asset string
		var age float64
		_, err := pgx.ForEachRow(rows, []any{&asset, &age}, func() error {
			st.PushAge[asset] = time.Duration(age * float64(time.Second))
			return nil
		})
		return err
	})
	return st, err
}
