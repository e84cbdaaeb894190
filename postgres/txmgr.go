package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/chain/txmgr"
)

// TxStore implements txmgr.Store.
type TxStore struct {
	Pool *pgxpool.Pool
}

var _ txmgr.Store = (*TxStore)(nil)

const requestColumns = `r.id, r.idempotency_key, r.chain_id::text, r.from_address, r.to_address, r.data, r.value::text,
	r.gas_limit, r.batch_kind, r.batch_args, r.state, r.tx_id, r.error, t.mined_hash, t.block_number, r.created_at, r.updated_at`

const requestFrom = ` FROM tx_requests r LEFT JOIN chain_txs t ON t.id = r.tx_id `

func scanRequest(row pgx.Row) (txmgr.Request, error) {
	var (
		r                     txmgr.Request
		chainID, value        string
		from, to, minedHash   []byte
		gasLimit, txID, block *int64
		batchKind, errText    *string
		batchArgs             []byte
		state                 string
	)
	err := row.Scan(&r.ID, &r.IdempotencyKey, &chainID, &from, &to, &r.Data, &value, &gasLimit, &batchKind, &batchArgs,
		&state, &txID, &errText, &minedHash, &block, &r.CreatedAt, &r.UpdatedAt)
	if err != nil {
		return txmgr.Request{}, err
	}
	r.ChainID, _ = new(big.Int).SetString(chainID, 10)
	r.Value, _ = new(big.Int).SetString(value, 10)
	r.From = common.BytesToAddress(from)
	if to != nil {
		a := common.BytesToAddress(to)
		r.To = &a
	}
	if gasLimit != nil {
		r.GasLimit = uint64(*gasLimit)
	}
	if batchKind != nil {
		r.Batch = &txmgr.BatchItem{Kind: *batchKind, Args: batchArgs}
	}
	r.State = txmgr.State(state)
	if txID != nil {
		r.TxID = *txID
	}
	if errText != nil {
		r.Error = *errText
	}
	if minedHash != nil {
		r.TxHash = common.BytesToHash(minedHash)
	}
	if block != nil {
		r.Block = uint64(*block)
	}
	return r, nil
}

// Submit implements txmgr.Store.
func (s *TxStore) Submit(ctx context.Context, r txmgr.Request) (txmgr.Request, bool, error) {
	var to []byte
	if r.To != nil {
		to = r.To.Bytes()
	}
	var gasLimit *int64
	if r.GasLimit > 0 {
		g := int64(r.GasLimit)
		gasLimit = &g
	}
	var kind *string
	var args []byte
	if r.Batch != nil {
		kind, args = &r.Batch.Kind, r.Batch.Args
		if args == nil {
			args = []byte{}
		}
	}
	var id int64
	err := s.Pool.QueryRow(ctx, `
		INSERT INTO tx_requests (idempotency_key, chain_id, from_address, to_address, data, value, gas_limit, batch_kind, batch_args)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (idempotency_key) DO NOTHING
		RETURNING id`,
		r.IdempotencyKey, r.ChainID.String(), r.From.Bytes(), to, nonNil(r.Data), r.Value.String(), gasLimit, kind, args,
	).Scan(&id)
	inserted := err == nil
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return txmgr.Request{}, false, err
	}
	stored, err := s.Request(ctx, r.IdempotencyKey)
	return stored, inserted, err
}

// Request implements txmgr.Store.
func (s *TxStore) Request(ctx context.Context, key string) (txmgr.Request, error) {
	r, err := scanRequest(s.Pool.QueryRow(ctx, `SELECT `+requestColumns+requestFrom+`WHERE r.idempotency_key = $1`, key))
	if errors.Is(err, pgx.ErrNoRows) {
		return txmgr.Request{}, txmgr.ErrNotFound
	}
	return r, err
}

// Unstarted implements txmgr.Store.
func (s *TxStore) Unstarted(ctx context.Context, chainID *big.Int, from common.Address, limit int) ([]txmgr.Request, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+requestColumns+requestFrom+`
		WHERE r.chain_id = $1 AND r.from_address = $2 AND r.state = 'unstarted' ORDER BY r.id LIMIT $3`,
		chainID.String(), from.Bytes(), limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (txmgr.Request, error) { return scanRequest(r) })
}

// OpenTxs implements txmgr.Store.
func (s *TxStore) OpenTxs(ctx context.Context, chainID *big.Int, from common.Address) ([]txmgr.Tx, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT id, nonce, to_address, data, value::text, gas_limit, state, coalesce(error, ''), mined_hash,
		       block_number, block_hash, gas_used, updated_at
		FROM chain_txs
		WHERE chain_id = $1 AND from_address = $2 AND state IN ('in_progress', 'broadcast', 'confirmed')
		ORDER BY nonce`, chainID.String(), from.Bytes())
	if err != nil {
		return nil, err
	}
	txs, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (txmgr.Tx, error) {
		var (
			t                    txmgr.Tx
			nonce, gasLimit      int64
			to, minedHash, bHash []byte
			value, state         string
			block, gasUsed       *int64
		)
		if err := row.Scan(&t.ID, &nonce, &to, &t.Data, &value, &gasLimit, &state, &t.Error, &minedHash,
			&block, &bHash, &gasUsed, &t.UpdatedAt); err != nil {
			return t, err
		}
		t.ChainID, t.From, t.Nonce, t.GasLimit, t.State = chainID, from, uint64(nonce), uint64(gasLimit), txmgr.State(state)
		t.Value, _ = new(big.Int).SetString(value, 10)
		if to != nil {
			a := common.BytesToAddress(to)
			t.To = &a
		}
		t.MinedHash, t.BlockHash = common.BytesToHash(minedHash), common.BytesToHash(bHash)
		if block != nil {
			t.Block = uint64(*block)
		}
		if gasUsed != nil {
			t.GasUsed = uint64(*gasUsed)
		}
		return t, nil
	})
	if err != nil || len(txs) == 0 {
		return txs, err
	}
	idx := make(map[int64]int, len(txs))
	ids := make([]int64, len(txs))
	for i, t := range txs {
		idx[t.ID], ids[i] = i, t.ID
	}
	rows, err = s.Pool.Query(ctx, `
		SELECT tx_id, hash, raw, gas_fee_cap::text, gas_tip_cap::text, created_at
		FROM chain_tx_attempts WHERE tx_id = ANY($1) ORDER BY id`, ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			txID        int64
			hash        []byte
			feeCap, tip string
			a           txmgr.Attempt
		)
		if err := rows.Scan(&txID, &hash, &a.Raw, &feeCap, &tip, &a.CreatedAt); err != nil {
			return nil, err
		}
		a.Hash = common.BytesToHash(hash)
		a.GasFeeCap, _ = new(big.Int).SetString(feeCap, 10)
		a.GasTipCap, _ = new(big.Int).SetString(tip, 10)
		t := &txs[idx[txID]]
		t.Attempts = append(t.Attempts, a)
	}
	return txs, rows.Err()
}

// SyncNonce implements txmgr.Store.
func (s *TxStore) SyncNonce(ctx context.Context, chainID *big.Int, from common.Address, chainNonce uint64) (uint64, error) {
	var n int64
	err := s.Pool.QueryRow(ctx, `
		INSERT INTO tx_signers (chain_id, address, next_nonce) VALUES ($1, $2, $3)
		ON CONFLICT (chain_id, address) DO UPDATE SET next_nonce = GREATEST(tx_signers.next_nonce, EXCLUDED.next_nonce)
		RETURNING next_nonce`, chainID.String(), from.Bytes(), int64(chainNonce)).Scan(&n)
	return uint64(n), err
}

// CreateTx implements txmgr.Store.
func (s *TxStore) CreateTx(ctx context.Context, chainID *big.Int, from common.Address, requestIDs []int64,
	sign func(nonce uint64) (txmgr.Tx, txmgr.Attempt, error)) (txmgr.Tx, error) {
	var out txmgr.Tx
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var nonce int64
		err := tx.QueryRow(ctx, `SELECT next_nonce FROM tx_signers WHERE chain_id = $1 AND address = $2 FOR UPDATE`,
			chainID.String(), from.Bytes()).Scan(&nonce)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("signer %s has no nonce record yet", from)
		}
		if err != nil {
			return err
		}
		t, a, err := sign(uint64(nonce))
		if err != nil {
			return err
		}
		var to []byte
		if t.To != nil {
			to = t.To.Bytes()
		}
		if err := tx.QueryRow(ctx, `
			INSERT INTO chain_txs (chain_id, from_address, nonce, to_address, data, value, gas_limit, state)
			VALUES ($1, $2, $3, $4, $5, $6, $7, 'in_progress') RETURNING id, updated_at`,
			chainID.String(), from.Bytes(), nonce, to, nonNil(t.Data), t.Value.String(), int64(t.GasLimit),
		).Scan(&t.ID, &t.UpdatedAt); err != nil {
			return err
		}
		if err := insertAttempt(ctx, tx, t.ID, a); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE tx_signers SET next_nonce = next_nonce + 1 WHERE chain_id = $1 AND address = $2`,
			chainID.String(), from.Bytes()); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `UPDATE tx_requests SET state = 'in_progress', tx_id = $1, updated_at = now()
			WHERE id = ANY($2) AND state = 'unstarted'`, t.ID, requestIDs)
		if err != nil {
			return err
		}
		if int(tag.RowsAffected()) != len(requestIDs) {
			return errors.New("requests changed while the transaction was built")
		}
		t.State, t.Attempts = txmgr.InProgress, []txmgr.Attempt{a}
		out = t
		return nil
	})
	return out, err
}

func insertAttempt(ctx context.Context, tx pgx.Tx, txID int64, a txmgr.Attempt) error {
	_, err := tx.Exec(ctx, `INSERT INTO chain_tx_attempts (tx_id, hash, raw, gas_fee_cap, gas_tip_cap, created_at)
		VALUES ($1, $2, $3, $4, $5, $6)`, txID, a.Hash.Bytes(), a.Raw, a.GasFeeCap.String(), a.GasTipCap.String(), a.CreatedAt)
	return err
}

// AddAttempt implements txmgr.Store.
func (s *TxStore) AddAttempt(ctx context.Context, txID int64, a txmgr.Attempt) error {
	if a.CreatedAt.IsZero() {
		a.CreatedAt = time.Now()
	}
	return Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error { return insertAttempt(ctx, tx, txID, a) })
}

// SetTxState implements txmgr.Store.
func (s *TxStore) SetTxState(ctx context.Context, txID int64, state txmgr.State, r *txmgr.Receipt, errText string) error {
	var hash, blockHash []byte
	var block, gasUsed *int64
	if r != nil {
		hash, blockHash = r.Hash.Bytes(), r.BlockHash.Bytes()
		b, g := int64(r.Block), int64(r.GasUsed)
		block, gasUsed = &b, &g
	}
	var errPtr *string
	if errText != "" {
		errPtr = &errText
	}
	return Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE chain_txs SET state = $2, mined_hash = $3, block_number = $4, block_hash = $5,
			gas_used = $6, error = $7, updated_at = now() WHERE id = $1`,
			txID, string(state), hash, block, blockHash, gasUsed, errPtr); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE tx_requests SET state = $2, error = $3, updated_at = now() WHERE tx_id = $1`,
			txID, string(state), errPtr)
		return err
	})
}

// FailRequests implements txmgr.Store.
func (s *TxStore) FailRequests(ctx context.Context, ids []int64, reason string) error {
	_, err := s.Pool.Exec(ctx, `UPDATE tx_requests SET state = 'failed', error = $2, updated_at = now()
		WHERE id = ANY($1) AND state = 'unstarted'`, ids, reason)
	return err
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}
