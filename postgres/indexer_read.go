package postgres

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/chain"
)

// The reads below answer from one statement each, so a read is consistent
// even while the indexer writes. ViewFinalized reads the state at the
// cursor's finalized block: balances are the stored ones minus the
// transfers above that block (a window of a few dozen blocks), events are
// those at or below it.

// MaxPage is the most rows a paginated read returns.
const MaxPage = 1000

// viewBlock returns the newest block view sees: MaxInt64 for the latest
// view (everything stored), -1 when nothing is final yet.
func (s *IndexStore) viewBlock(ctx context.Context, id int64, v chain.View) (int64, error) {
	switch v {
	case chain.ViewLatest:
		return math.MaxInt64, nil
	case chain.ViewFinalized:
		var b int64
		err := s.Pool.QueryRow(ctx, `
			SELECT LEAST(finalized_number, block_number) FROM indexer_cursors WHERE chain_id = $1`, id).Scan(&b)
		if errors.Is(err, pgx.ErrNoRows) {
			return -1, nil
		}
		return b, err
	}
	return 0, fmt.Errorf("unknown view %v", v)
}

func (s *IndexStore) bound(ctx context.Context, chainID *big.Int, v chain.View) (id, block int64, err error) {
	if id, err = chainKey(chainID); err != nil {
		return 0, 0, err
	}
	block, err = s.viewBlock(ctx, id, v)
	return id, block, err
}

// BalanceOf returns wallet's balance of token in view.
func (s *IndexStore) BalanceOf(ctx context.Context, chainID *big.Int, token, wallet common.Address, v chain.View) (*big.Int, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	var text string
	err = s.Pool.QueryRow(ctx, `
		SELECT (coalesce((SELECT balance FROM indexer_balances WHERE chain_id = $1 AND token = $2 AND wallet = $3), 0)
			- coalesce((SELECT sum(CASE WHEN to_address = $3 THEN value ELSE 0 END)
			                 - sum(CASE WHEN from_address = $3 THEN value ELSE 0 END)
			            FROM indexer_transfers
			            WHERE chain_id = $1 AND token = $2 AND block_number > $4
			              AND (from_address = $3 OR to_address = $3)), 0))::text`,
		id, token.Bytes(), wallet.Bytes(), at).Scan(&text)
	if err != nil {
		return nil, err
	}
	return parseNumeric(text)
}

// balancesAt is the balances of token at block at: the stored balances
// minus the transfers above at.
const balancesAt = `
	WITH above AS (
		SELECT wallet, sum(amount) AS amount FROM (
			SELECT to_address AS wallet, value AS amount FROM indexer_transfers
			WHERE chain_id = $1 AND token = $2 AND block_number > $3
			UNION ALL
			SELECT from_address, -value FROM indexer_transfers
			WHERE chain_id = $1 AND token = $2 AND block_number > $3
		) t GROUP BY wallet
	), at AS (
		SELECT b.wallet, b.balance - coalesce(above.amount, 0) AS balance
		FROM indexer_balances b LEFT JOIN above ON above.wallet = b.wallet
		WHERE b.chain_id = $1 AND b.token = $2
	)`

// Balances returns every non-zero balance of token in view, by wallet.
func (s *IndexStore) Balances(ctx context.Context, chainID *big.Int, token common.Address, v chain.View) ([]chain.Balance, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	return s.balances(ctx, id, token, at)
}

// BalancesAt returns every non-zero balance of token at the end of block,
// which must be indexed: the holdings a distribution snapshot pays. Cost
// grows with the transfers since block.
func (s *IndexStore) BalancesAt(ctx context.Context, chainID *big.Int, token common.Address, block uint64) ([]chain.Balance, error) {
	id, err := chainKey(chainID)
	if err != nil {
		return nil, err
	}
	cur, ok, err := s.IndexCursor(ctx, chainID)
	if err != nil {
		return nil, err
	}
	if !ok || block > cur.Block.Number {
		return nil, fmt.Errorf("balances at block %d: not indexed yet", block)
	}
	return s.balances(ctx, id, token, clampInt64(block))
}

func (s *IndexStore) balances(ctx context.Context, id int64, token common.Address, at int64) ([]chain.Balance, error) {
	rows, err := s.Pool.Query(ctx, balancesAt+`
		SELECT wallet, balance::text FROM at WHERE balance > 0 ORDER BY wallet`, id, token.Bytes(), at)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.Balance, error) {
		var (
			wallet []byte
			text   string
		)
		if err := r.Scan(&wallet, &text); err != nil {
			return chain.Balance{}, err
		}
		amount, err := parseNumeric(text)
		return chain.Balance{Wallet: common.BytesToAddress(wallet), Amount: amount}, err
	})
}

// HolderCount returns how many wallets hold a non-zero balance of token in
// view.
func (s *IndexStore) HolderCount(ctx context.Context, chainID *big.Int, token common.Address, v chain.View) (int, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return 0, err
	}
	var n int
	err = s.Pool.QueryRow(ctx, balancesAt+`SELECT count(*) FROM at WHERE balance > 0`, id, token.Bytes(), at).Scan(&n)
	return n, err
}

// TotalSupply returns the sum of every balance of token in view: minted
// minus burned.
func (s *IndexStore) TotalSupply(ctx context.Context, chainID *big.Int, token common.Address, v chain.View) (*big.Int, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	var text string
	err = s.Pool.QueryRow(ctx, balancesAt+`SELECT coalesce(sum(balance), 0)::text FROM at`, id, token.Bytes(), at).Scan(&text)
	if err != nil {
		return nil, err
	}
	return parseNumeric(text)
}

// page builds the keyset part of a paginated read over a table aliased t:
// the position condition, the order and the limit.
type page struct {
	after *chain.EventPos
	desc  bool
	limit int
}

func (p page) where(args *[]any) string {
	if p.after == nil {
		return ""
	}
	*args = append(*args, clampInt64(p.after.Block), int64(p.after.LogIndex))
	op := ">"
	if p.desc {
		op = "<"
	}
	return fmt.Sprintf(" AND (t.block_number, t.log_index) %s ($%d, $%d)", op, len(*args)-1, len(*args))
}

func (p page) order() string {
	dir := "ASC"
	if p.desc {
		dir = "DESC"
	}
	return fmt.Sprintf(" ORDER BY t.block_number %s, t.log_index %s LIMIT %d", dir, dir, p.clamp())
}

func (p page) clamp() int {
	if p.limit <= 0 || p.limit > MaxPage {
		return MaxPage
	}
	return p.limit
}

const eventColumns = `t.block_number, t.log_index, t.block_hash, t.tx_hash, coalesce(b.time, 'epoch'::timestamptz)`

const blockJoin = ` LEFT JOIN indexer_blocks b ON b.chain_id = t.chain_id AND b.number = t.block_number`

// refScan collects the eventColumns into an EventRef.
type refScan struct {
	r      *chain.EventRef
	block  int64
	log    int32
	bh, th []byte
	time   time.Time
}

func (s *refScan) targets() []any { return []any{&s.block, &s.log, &s.bh, &s.th, &s.time} }

func (s *refScan) done() {
	s.r.Block, s.r.LogIndex = uint64(s.block), uint(s.log)
	s.r.BlockHash, s.r.TxHash, s.r.Time = common.BytesToHash(s.bh), common.BytesToHash(s.th), s.time.UTC()
}

// Transfers returns up to limit transfers matching f, in chain order (or
// newest first with f.Desc), after the position after (nil: from the start).
// The next page starts after the last transfer's Pos().
func (s *IndexStore) Transfers(ctx context.Context, chainID *big.Int, f chain.TransferFilter, after *chain.EventPos, limit int) ([]chain.Transfer, error) {
	id, at, err := s.bound(ctx, chainID, f.View)
	if err != nil {
		return nil, err
	}
	p := page{after: after, desc: f.Desc, limit: limit}
	args := []any{id, at}
	cond := ` WHERE t.chain_id = $1 AND t.block_number <= $2`
	if f.Token != (common.Address{}) {
		args = append(args, f.Token.Bytes())
		cond += ` AND t.token = $` + strconv.Itoa(len(args))
	}
	cond += p.where(&args)
	const cols = `SELECT ` + eventColumns + `, t.token, t.from_address, t.to_address, t.value::text, t.token_id::text
		FROM indexer_transfers t`
	var q string
	if f.Wallet == (common.Address{}) {
		q = cols + blockJoin + cond + p.order()
	} else {
		// One index per side, merged: an OR would read every transfer of
		// the wallet before ordering.
		args = append(args, f.Wallet.Bytes())
		w := `$` + strconv.Itoa(len(args))
		sub := func(col string) string {
			return `(` + cols + blockJoin + cond + ` AND t.` + col + ` = ` + w + p.order() + `)`
		}
		q = `SELECT * FROM (` + sub("from_address") + ` UNION ` + sub("to_address") + `) t` +
			strings.NewReplacer("t.block_number", "block_number", "t.log_index", "log_index").Replace(p.order())
	}
	rows, err := s.Pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.Transfer, error) {
		var (
			t             chain.Transfer
			ref           = refScan{r: &t.EventRef}
			tok, from, to []byte
			value         string
			tokenID       *string
		)
		if err := r.Scan(append(ref.targets(), &tok, &from, &to, &value, &tokenID)...); err != nil {
			return t, err
		}
		ref.done()
		t.Token, t.From, t.To = common.BytesToAddress(tok), common.BytesToAddress(from), common.BytesToAddress(to)
		if t.Value, err = parseNumeric(value); err != nil {
			return t, err
		}
		if tokenID != nil {
			t.TokenID, err = parseNumeric(*tokenID)
		}
		return t, err
	})
}

// Mints returns up to limit mints of token in view, in chain order, after
// the position after (nil: from the start).
func (s *IndexStore) Mints(ctx context.Context, chainID *big.Int, token common.Address, v chain.View, after *chain.EventPos, limit int) ([]chain.Mint, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	p := page{after: after, limit: limit}
	args := []any{id, at, token.Bytes()}
	cond := ` WHERE t.chain_id = $1 AND t.block_number <= $2 AND t.token = $3` + p.where(&args)
	rows, err := s.Pool.Query(ctx, `SELECT `+eventColumns+`, t.token, t.request_id, t.to_address, t.amount::text
		FROM indexer_mints t`+blockJoin+cond+p.order(), args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, scanMint)
}

// MintOf returns the mint of token carrying requestID in view, if any.
func (s *IndexStore) MintOf(ctx context.Context, chainID *big.Int, token common.Address, requestID common.Hash, v chain.View) (chain.Mint, bool, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return chain.Mint{}, false, err
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+eventColumns+`, t.token, t.request_id, t.to_address, t.amount::text
		FROM indexer_mints t`+blockJoin+`
		WHERE t.chain_id = $1 AND t.block_number <= $2 AND t.token = $3 AND t.request_id = $4
		ORDER BY t.block_number, t.log_index LIMIT 1`, id, at, token.Bytes(), requestID.Bytes())
	if err != nil {
		return chain.Mint{}, false, err
	}
	m, err := pgx.CollectOneRow(rows, scanMint)
	if errors.Is(err, pgx.ErrNoRows) {
		return chain.Mint{}, false, nil
	}
	return m, err == nil, err
}

func scanMint(r pgx.CollectableRow) (chain.Mint, error) {
	var (
		m            chain.Mint
		ref          = refScan{r: &m.EventRef}
		tok, req, to []byte
		amount       string
	)
	if err := r.Scan(append(ref.targets(), &tok, &req, &to, &amount)...); err != nil {
		return m, err
	}
	ref.done()
	m.Token, m.RequestID, m.To = common.BytesToAddress(tok), common.BytesToHash(req), common.BytesToAddress(to)
	var err error
	m.Amount, err = parseNumeric(amount)
	return m, err
}

// Burns returns up to limit burns of token in view, in chain order, after
// the position after (nil: from the start).
func (s *IndexStore) Burns(ctx context.Context, chainID *big.Int, token common.Address, v chain.View, after *chain.EventPos, limit int) ([]chain.Burn, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	p := page{after: after, limit: limit}
	args := []any{id, at, token.Bytes()}
	cond := ` WHERE t.chain_id = $1 AND t.block_number <= $2 AND t.token = $3` + p.where(&args)
	rows, err := s.Pool.Query(ctx, `SELECT `+eventColumns+`, t.token, t.request_id, t.from_address, t.amount::text
		FROM indexer_burns t`+blockJoin+cond+p.order(), args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.Burn, error) {
		var (
			b              chain.Burn
			ref            = refScan{r: &b.EventRef}
			tok, req, from []byte
			amount         string
		)
		if err := r.Scan(append(ref.targets(), &tok, &req, &from, &amount)...); err != nil {
			return b, err
		}
		ref.done()
		b.Token, b.RequestID, b.From = common.BytesToAddress(tok), common.BytesToHash(req), common.BytesToAddress(from)
		b.Amount, err = parseNumeric(amount)
		return b, err
	})
}

func parseNumeric(text string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, fmt.Errorf("not an integer: %q", text)
	}
	return v, nil
}
