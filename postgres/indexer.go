package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/chain"
)

// IndexStore implements chain.IndexStore, and the reads of indexed events
// and balances other packages use (indexer_read.go).
type IndexStore struct {
	Pool *pgxpool.Pool
}

var _ chain.IndexStore = (*IndexStore)(nil)

func chainKey(id *big.Int) (int64, error) {
	if id == nil || !id.IsInt64() || id.Sign() <= 0 {
		return 0, fmt.Errorf("chain id %v does not fit the indexer's BIGINT", id)
	}
	return id.Int64(), nil
}

// IndexCursor implements chain.IndexStore.
func (s *IndexStore) IndexCursor(ctx context.Context, chainID *big.Int) (chain.IndexCursor, bool, error) {
	id, err := chainKey(chainID)
	if err != nil {
		return chain.IndexCursor{}, false, err
	}
	var (
		c              chain.IndexCursor
		num, fin, head int64
		hash           []byte
	)
	err = s.Pool.QueryRow(ctx, `
		SELECT block_number, block_hash, finalized_number, head_number
		FROM indexer_cursors WHERE chain_id = $1`, id).Scan(&num, &hash, &fin, &head)
	if errors.Is(err, pgx.ErrNoRows) {
		return chain.IndexCursor{}, false, nil
	}
	if err != nil {
		return chain.IndexCursor{}, false, err
	}
	c.Block = chain.BlockRef{Number: uint64(num), Hash: common.BytesToHash(hash)}
	c.Finalized, c.Head = uint64(fin), uint64(head)
	return c, true, nil
}

// IndexedContracts implements chain.IndexStore.
func (s *IndexStore) IndexedContracts(ctx context.Context, chainID *big.Int) ([]chain.IndexedContract, error) {
	id, err := chainKey(chainID)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, `
		SELECT address, name, contract, start_block, backfill_next
		FROM indexer_contracts WHERE chain_id = $1 ORDER BY start_block, address`, id)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.IndexedContract, error) {
		var (
			c     chain.IndexedContract
			addr  []byte
			start int64
			next  *int64
		)
		if err := r.Scan(&addr, &c.Name, &c.Contract, &start, &next); err != nil {
			return c, err
		}
		c.Address, c.StartBlock = common.BytesToAddress(addr), uint64(start)
		if next != nil {
			n := uint64(*next)
			c.Backfill = &n
		}
		return c, nil
	})
}

// IndexedBlocks implements chain.IndexStore.
func (s *IndexStore) IndexedBlocks(ctx context.Context, chainID *big.Int, below uint64, limit int) ([]chain.IndexedBlock, error) {
	id, err := chainKey(chainID)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, `
		SELECT number, hash, parent_hash, time FROM indexer_blocks
		WHERE chain_id = $1 AND number <= $2 ORDER BY number DESC LIMIT $3`, id, clampInt64(below), limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.IndexedBlock, error) {
		var (
			b            chain.IndexedBlock
			num          int64
			hash, parent []byte
		)
		if err := r.Scan(&num, &hash, &parent, &b.Time); err != nil {
			return b, err
		}
		b.Number, b.Hash, b.ParentHash = uint64(num), common.BytesToHash(hash), common.BytesToHash(parent)
		b.Time = b.Time.UTC()
		return b, nil
	})
}

// ApplyIndexBatch implements chain.IndexStore.
func (s *IndexStore) ApplyIndexBatch(ctx context.Context, chainID *big.Int, b *chain.IndexBatch) error {
	id, err := chainKey(chainID)
	if err != nil {
		return err
	}
	return Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		if err := advanceCursor(ctx, tx, id, b); err != nil {
			return err
		}
		for _, c := range b.Contracts {
			if err := saveIndexedContract(ctx, tx, id, c); err != nil {
				return err
			}
		}
		if err := saveBlocks(ctx, tx, id, b.Blocks, b.Replay); err != nil {
			return err
		}
		insert := insertTransfers
		if !b.Replay {
			insert = copyTransfers
		}
		if err := insert(ctx, tx, id, b.Transfers); err != nil {
			return err
		}
		if err := insertUndecodable(ctx, tx, id, b.Undecodable); err != nil {
			return err
		}
		return insertOthers(ctx, tx, id, b)
	})
}

// advanceCursor checks that b continues from the stored cursor and moves
// the cursor to b's last block. The row lock makes a second writer wait
// and then fail the check.
func advanceCursor(ctx context.Context, tx pgx.Tx, id int64, b *chain.IndexBatch) error {
	var (
		num  int64
		hash []byte
	)
	err := tx.QueryRow(ctx, `SELECT block_number, block_hash FROM indexer_cursors WHERE chain_id = $1 FOR UPDATE`, id).
		Scan(&num, &hash)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		if b.Replay || b.Parent != (chain.BlockRef{}) || len(b.Blocks) == 0 {
			return chain.ErrIndexCursorMoved
		}
		last := b.Blocks[len(b.Blocks)-1]
		tag, err := tx.Exec(ctx, `
			INSERT INTO indexer_cursors (chain_id, block_number, block_hash, finalized_number, head_number)
			VALUES ($1, $2, $3, $4, $5) ON CONFLICT (chain_id) DO NOTHING`,
			id, int64(last.Number), last.Hash.Bytes(), clampInt64(b.Finalized), clampInt64(b.Head))
		if err != nil {
			return err
		}
		if tag.RowsAffected() != 1 {
			return chain.ErrIndexCursorMoved
		}
		return nil
	case err != nil:
		return err
	}
	if uint64(num) != b.Parent.Number || common.BytesToHash(hash) != b.Parent.Hash {
		return chain.ErrIndexCursorMoved
	}
	if b.Replay {
		return nil
	}
	cur := b.Parent
	if len(b.Blocks) > 0 {
		cur = b.Blocks[len(b.Blocks)-1].Ref()
	}
	_, err = tx.Exec(ctx, `
		UPDATE indexer_cursors SET block_number = $2, block_hash = $3, finalized_number = $4, head_number = $5,
			updated_at = now()
		WHERE chain_id = $1`,
		id, int64(cur.Number), cur.Hash.Bytes(), clampInt64(b.Finalized), clampInt64(b.Head))
	return err
}

func saveIndexedContract(ctx context.Context, tx pgx.Tx, id int64, c chain.IndexedContract) error {
	var next *int64
	if c.Backfill != nil {
		n := clampInt64(*c.Backfill)
		next = &n
	}
	_, err := tx.Exec(ctx, `
		INSERT INTO indexer_contracts (chain_id, address, name, contract, start_block, backfill_next)
		VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (chain_id, address) DO UPDATE SET backfill_next = EXCLUDED.backfill_next`,
		id, c.Address.Bytes(), c.Name, c.Contract, clampInt64(c.StartBlock), next)
	return err
}

// saveBlocks stores blocks. Blocks of a forward batch lie above the cursor
// and replace whatever is there; replayed blocks must equal the stored ones.
func saveBlocks(ctx context.Context, tx pgx.Tx, id int64, blocks []chain.IndexedBlock, replay bool) error {
	if len(blocks) == 0 {
		return nil
	}
	nums := make([]int64, len(blocks))
	hashes := make([][]byte, len(blocks))
	parents := make([][]byte, len(blocks))
	times := make([]time.Time, len(blocks))
	for k, b := range blocks {
		nums[k], hashes[k], parents[k], times[k] = int64(b.Number), b.Hash.Bytes(), b.ParentHash.Bytes(), b.Time
	}
	if replay {
		var differ int
		err := tx.QueryRow(ctx, `
			SELECT count(*) FROM unnest($2::bigint[], $3::bytea[]) AS u(number, hash)
			JOIN indexer_blocks b ON b.chain_id = $1 AND b.number = u.number
			WHERE b.hash <> u.hash`, id, nums, hashes).Scan(&differ)
		if err != nil {
			return err
		}
		if differ > 0 {
			return chain.ErrIndexBlockMismatch
		}
	}
	_, err := tx.Exec(ctx, `
		INSERT INTO indexer_blocks (chain_id, number, hash, parent_hash, time)
		SELECT $1, * FROM unnest($2::bigint[], $3::bytea[], $4::bytea[], $5::timestamptz[])
		ON CONFLICT (chain_id, number) DO UPDATE
			SET hash = EXCLUDED.hash, parent_hash = EXCLUDED.parent_hash, time = EXCLUDED.time`,
		id, nums, hashes, parents, times)
	return err
}

// eventKeys holds the key columns shared by every event table.
type eventKeys struct {
	blocks   []int64
	logs     []int32
	bhashes  [][]byte
	txhashes [][]byte
}

func (k *eventKeys) add(r chain.EventRef) {
	k.blocks = append(k.blocks, int64(r.Block))
	k.logs = append(k.logs, int32(r.LogIndex))
	k.bhashes = append(k.bhashes, r.BlockHash.Bytes())
	k.txhashes = append(k.txhashes, r.TxHash.Bytes())
}

func numeric(v *big.Int) pgtype.Numeric {
	if v == nil {
		return pgtype.Numeric{}
	}
	return pgtype.Numeric{Int: v, Valid: true}
}

// insertTransfers stores the transfers of a replay and adds exactly the
// rows it inserted to indexer_balances, in one statement: a transfer stored
// before is neither stored nor counted again.
func insertTransfers(ctx context.Context, tx pgx.Tx, id int64, ts []chain.Transfer) error {
	if len(ts) == 0 {
		return nil
	}
	var (
		k                eventKeys
		tokens, from, to = make([][]byte, len(ts)), make([][]byte, len(ts)), make([][]byte, len(ts))
		values, ids      = make([]pgtype.Numeric, len(ts)), make([]pgtype.Numeric, len(ts))
	)
	for i, t := range ts {
		k.add(t.EventRef)
		tokens[i], from[i], to[i] = t.Token.Bytes(), t.From.Bytes(), t.To.Bytes()
		values[i], ids[i] = numeric(t.Value), numeric(t.TokenID)
	}
	_, err := tx.Exec(ctx, `
		WITH ins AS (
			INSERT INTO indexer_transfers
				(chain_id, block_number, log_index, block_hash, tx_hash, token, from_address, to_address, value, token_id)
			SELECT $1, * FROM unnest($2::bigint[], $3::int[], $4::bytea[], $5::bytea[], $6::bytea[], $7::bytea[],
				$8::bytea[], $9::numeric[], $11::numeric[])
			ON CONFLICT DO NOTHING
			RETURNING token, from_address, to_address, value
		), delta AS (
			SELECT token, from_address AS wallet, -value AS amount FROM ins WHERE from_address <> $10
			UNION ALL
			SELECT token, to_address, value FROM ins WHERE to_address <> $10
		)
		INSERT INTO indexer_balances (chain_id, token, wallet, balance)
		SELECT $1, token, wallet, sum(amount) FROM delta GROUP BY token, wallet
		ON CONFLICT (chain_id, token, wallet) DO UPDATE SET balance = indexer_balances.balance + EXCLUDED.balance`,
		id, k.blocks, k.logs, k.bhashes, k.txhashes, tokens, from, to, values, common.Address{}.Bytes(), ids)
	if err != nil {
		return fmt.Errorf("store transfers: %w", err)
	}
	return nil
}

// copyTransfers stores the transfers of a forward batch with COPY, the
// fastest path, and adds their sums to indexer_balances. A forward batch
// lies above the cursor, where no event is stored (a rollback deletes
// everything above the cursor in the transaction that moves it back), so
// there is nothing to skip; were a row there after all, the unique key
// would fail the batch rather than count a transfer twice.
func copyTransfers(ctx context.Context, tx pgx.Tx, id int64, ts []chain.Transfer) error {
	if len(ts) == 0 {
		return nil
	}
	type holding struct{ token, wallet common.Address }
	sums := make(map[holding]*big.Int)
	add := func(token, wallet common.Address, v *big.Int, neg bool) {
		if wallet == (common.Address{}) {
			return
		}
		k := holding{token, wallet}
		s := sums[k]
		if s == nil {
			s = new(big.Int)
			sums[k] = s
		}
		if neg {
			s.Sub(s, v)
		} else {
			s.Add(s, v)
		}
	}
	i := 0
	src := pgx.CopyFromFunc(func() ([]any, error) {
		if i == len(ts) {
			return nil, nil
		}
		t := &ts[i]
		i++
		add(t.Token, t.From, t.Value, true)
		add(t.Token, t.To, t.Value, false)
		return []any{id, int64(t.Block), int32(t.LogIndex), t.BlockHash.Bytes(), t.TxHash.Bytes(), t.Token.Bytes(),
			t.From.Bytes(), t.To.Bytes(), numeric(t.Value), numeric(t.TokenID)}, nil
	})
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"indexer_transfers"}, []string{"chain_id", "block_number", "log_index",
		"block_hash", "tx_hash", "token", "from_address", "to_address", "value", "token_id"}, src)
	if err != nil {
		return fmt.Errorf("store transfers: %w", err)
	}
	tokens, wallets := make([][]byte, 0, len(sums)), make([][]byte, 0, len(sums))
	amounts := make([]pgtype.Numeric, 0, len(sums))
	for k, v := range sums {
		tokens, wallets, amounts = append(tokens, k.token.Bytes()), append(wallets, k.wallet.Bytes()), append(amounts, numeric(v))
	}
	_, err = tx.Exec(ctx, `
		INSERT INTO indexer_balances (chain_id, token, wallet, balance)
		SELECT $1, * FROM unnest($2::bytea[], $3::bytea[], $4::numeric[])
		ON CONFLICT (chain_id, token, wallet) DO UPDATE SET balance = indexer_balances.balance + EXCLUDED.balance`,
		id, tokens, wallets, amounts)
	if err != nil {
		return fmt.Errorf("store balances: %w", err)
	}
	return nil
}

// column is one typed array of an unnest insert.
type column struct {
	name, typ string // typ is the array's element type
	vals      any
}

// insertEvents inserts rows into an event table: the key columns of k then
// cols, one array each. Rows already stored are skipped.
func insertEvents(ctx context.Context, tx pgx.Tx, id int64, table string, k eventKeys, cols ...column) error {
	if len(k.blocks) == 0 {
		return nil
	}
	names := "chain_id, block_number, log_index, block_hash, tx_hash"
	arrays := "$2::bigint[], $3::int[], $4::bytea[], $5::bytea[]"
	args := []any{id, k.blocks, k.logs, k.bhashes, k.txhashes}
	for _, c := range cols {
		args = append(args, c.vals)
		names += ", " + c.name
		arrays += fmt.Sprintf(", $%d::%s[]", len(args), c.typ)
	}
	_, err := tx.Exec(ctx, `INSERT INTO `+table+` (`+names+`) SELECT $1, * FROM unnest(`+arrays+`) ON CONFLICT DO NOTHING`, args...)
	if err != nil {
		return fmt.Errorf("store %s: %w", table, err)
	}
	return nil
}

// rows collects the columns of one event table.
type rows struct {
	k    eventKeys
	cols []column
}

func newRows(cols ...column) *rows { return &rows{cols: cols} }

func (r *rows) add(ref chain.EventRef, vals ...any) {
	r.k.add(ref)
	for i, v := range vals {
		c := &r.cols[i]
		switch v := v.(type) {
		case []byte:
			c.vals = append(c.vals.([][]byte), v)
		case *big.Int:
			c.vals = append(c.vals.([]pgtype.Numeric), numeric(v))
		case string:
			c.vals = append(c.vals.([]string), v)
		case bool:
			c.vals = append(c.vals.([]bool), v)
		case int64:
			c.vals = append(c.vals.([]int64), v)
		case int32:
			c.vals = append(c.vals.([]int32), v)
		case time.Time:
			c.vals = append(c.vals.([]pgtype.Timestamptz), pgtype.Timestamptz{Time: v, Valid: !v.IsZero()})
		default:
			panic(fmt.Sprintf("postgres: unsupported event column type %T", v))
		}
	}
}

func (r *rows) insert(ctx context.Context, tx pgx.Tx, id int64, table string) error {
	return insertEvents(ctx, tx, id, table, r.k, r.cols...)
}

func bytesCol(name string) column     { return column{name, "bytea", [][]byte(nil)} }
func numericCol(name string) column   { return column{name, "numeric", []pgtype.Numeric(nil)} }
func textCol(name string) column      { return column{name, "text", []string(nil)} }
func boolCol(name string) column      { return column{name, "boolean", []bool(nil)} }
func bigintCol(name string) column    { return column{name, "bigint", []int64(nil)} }
func intCol(name string) column       { return column{name, "int", []int32(nil)} }
func timestampCol(name string) column { return column{name, "timestamptz", []pgtype.Timestamptz(nil)} }

// nullBytes is a NULL bytea for a zero address or hash.
func nullBytes(b []byte) []byte {
	for _, c := range b {
		if c != 0 {
			return b
		}
	}
	return nil
}

// insertOthers stores every event of b but transfers.
func insertOthers(ctx context.Context, tx pgx.Tx, id int64, b *chain.IndexBatch) error {
	mints := newRows(bytesCol("token"), bytesCol("request_id"), bytesCol("to_address"), numericCol("amount"))
	for _, m := range b.Mints {
		mints.add(m.EventRef, m.Token.Bytes(), m.RequestID.Bytes(), m.To.Bytes(), m.Amount)
	}
	burns := newRows(bytesCol("token"), bytesCol("request_id"), bytesCol("from_address"), numericCol("amount"))
	for _, m := range b.Burns {
		burns.add(m.EventRef, m.Token.Bytes(), m.RequestID.Bytes(), m.From.Bytes(), m.Amount)
	}
	forced := newRows(bytesCol("token"), bytesCol("from_address"), bytesCol("to_address"), numericCol("amount"),
		numericCol("token_id"))
	for _, f := range b.ForcedTransfers {
		forced.add(f.EventRef, f.Token.Bytes(), f.From.Bytes(), f.To.Bytes(), f.Amount, f.TokenID)
	}
	frozen := newRows(bytesCol("token"), bytesCol("wallet"), numericCol("delta"))
	for _, f := range b.FrozenChanges {
		frozen.add(f.EventRef, f.Token.Bytes(), f.Wallet.Bytes(), f.Delta)
	}
	freezes := newRows(bytesCol("token"), bytesCol("wallet"), boolCol("frozen"), bytesCol("agent"))
	for _, f := range b.AddressFreezes {
		freezes.add(f.EventRef, f.Token.Bytes(), f.Wallet.Bytes(), f.Frozen, f.Agent.Bytes())
	}
	docs := newRows(bytesCol("token"), bytesCol("name"), textCol("uri"), bytesCol("document_hash"), boolCol("removed"))
	for _, d := range b.Documents {
		docs.add(d.EventRef, d.Token.Bytes(), d.Name.Bytes(), d.URI, d.DocumentHash.Bytes(), d.Removed)
	}
	rounds := newRows(bytesCol("feed"), numericCol("round_id"), numericCol("answer"), timestampCol("started_at"),
		bytesCol("started_by"), timestampCol("updated_at"))
	for _, r := range b.ValuationRounds {
		rounds.add(r.EventRef, r.Feed.Bytes(), r.RoundID, r.Answer, r.StartedAt, nullBytes(r.StartedBy.Bytes()), r.UpdatedAt)
	}
	idents := newRows(bytesCol("registry"), bytesCol("wallet"), textCol("kind"), bytesCol("investor_id"), intCol("country"),
		numericCol("expiry"), numericCol("flags"))
	for _, e := range b.IdentityEvents {
		var expiry *big.Int
		if e.Kind == chain.IdentityRegistered || e.Kind == chain.IdentityExpiryUpdated {
			expiry = new(big.Int).SetUint64(e.Expiry)
		}
		idents.add(e.EventRef, e.Registry.Bytes(), e.Wallet.Bytes(), string(e.Kind), nullBytes(e.InvestorID.Bytes()),
			int32(e.Country), expiry, e.Flags)
	}
	dists := newRows(bytesCol("distributor"), numericCol("distribution_id"), bytesCol("asset"), bytesCol("payment_token"),
		bytesCol("issuer"), numericCol("total"), bytesCol("merkle_root"), bigintCol("snapshot_block"),
		timestampCol("claim_deadline"))
	for _, d := range b.Distributions {
		dists.add(d.EventRef, d.Distributor.Bytes(), d.ID, d.Asset.Bytes(), d.PaymentToken.Bytes(), d.Issuer.Bytes(), d.Total,
			d.MerkleRoot.Bytes(), clampInt64(d.SnapshotBlock), d.ClaimDeadline)
	}
	claims := newRows(bytesCol("distributor"), numericCol("distribution_id"), bytesCol("account"), numericCol("amount"),
		boolCol("reclaim"))
	for _, c := range b.Claims {
		claims.add(c.EventRef, c.Distributor.Bytes(), c.DistributionID, c.Account.Bytes(), c.Amount, c.Reclaim)
	}
	calls := newRows(bytesCol("timelock"), bytesCol("operation"), intCol("call_index"), boolCol("executed"),
		bytesCol("target"), numericCol("value"), bytesCol("data"), bytesCol("implementation"), bytesCol("predecessor"),
		numericCol("delay"))
	for _, c := range b.TimelockCalls {
		data := c.Data
		if data == nil {
			data = []byte{}
		}
		var pred []byte
		delay := c.Delay
		if c.Executed {
			delay = nil
		} else {
			pred = nullBytes(c.Predecessor.Bytes())
		}
		calls.add(c.EventRef, c.Timelock.Bytes(), c.Operation.Bytes(), int32(c.Index), c.Executed, c.Target.Bytes(), c.Value,
			data, nullBytes(c.Implementation.Bytes()), pred, delay)
	}
	cancels := newRows(bytesCol("timelock"), bytesCol("operation"))
	for _, c := range b.TimelockCancels {
		cancels.add(c.EventRef, c.Timelock.Bytes(), c.Operation.Bytes())
	}
	delays := newRows(bytesCol("timelock"), numericCol("old_delay"), numericCol("new_delay"))
	for _, d := range b.TimelockDelays {
		delays.add(d.EventRef, d.Timelock.Bytes(), d.Old, d.New)
	}
	upgrades := newRows(bytesCol("proxy"), bytesCol("implementation"))
	for _, u := range b.ProxyUpgrades {
		upgrades.add(u.EventRef, u.Proxy.Bytes(), u.Implementation.Bytes())
	}
	dealings := newRows(bytesCol("dealing"), textCol("kind"), numericCol("request_id"), bytesCol("controller"), bytesCol("owner"),
		bytesCol("sender"), numericCol("amount"), numericCol("result"), numericCol("fee"), numericCol("round_id"),
		timestampCol("cutoff"), bytesCol("ref"), intCol("code"))
	for _, e := range b.DealingEvents {
		dealings.add(e.EventRef, e.Dealing.Bytes(), string(e.Kind), e.RequestID, nullBytes(e.Controller.Bytes()),
			nullBytes(e.Owner.Bytes()), nullBytes(e.Sender.Bytes()), e.Amount, e.Result, e.Fee, e.RoundID, e.Cutoff,
			nullBytes(e.Ref.Bytes()), int32(e.Code))
	}
	for _, t := range []struct {
		r     *rows
		table string
	}{
		{mints, "indexer_mints"}, {burns, "indexer_burns"}, {forced, "indexer_forced_transfers"},
		{frozen, "indexer_frozen"}, {freezes, "indexer_address_freezes"}, {docs, "indexer_documents"},
		{rounds, "indexer_valuations"}, {idents, "indexer_identity_events"}, {dists, "indexer_distributions"},
		{claims, "indexer_claims"}, {calls, "indexer_timelock_calls"}, {cancels, "indexer_timelock_cancels"},
		{delays, "indexer_timelock_delays"}, {upgrades, "indexer_proxy_upgrades"}, {dealings, "indexer_dealing_events"},
	} {
		if err := t.r.insert(ctx, tx, id, t.table); err != nil {
			return err
		}
	}
	return nil
}

// RollbackIndex implements chain.IndexStore: in one transaction it reverses
// the balance changes of the transfers above keep, deletes every event and
// block above keep and moves the cursor to keep.
func (s *IndexStore) RollbackIndex(ctx context.Context, chainID *big.Int, keep *chain.BlockRef) error {
	id, err := chainKey(chainID)
	if err != nil {
		return err
	}
	above := int64(-1)
	if keep != nil {
		above = clampInt64(keep.Number)
	}
	return Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT 1 FROM indexer_cursors WHERE chain_id = $1 FOR UPDATE`, id); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `
			WITH del AS (
				DELETE FROM indexer_transfers WHERE chain_id = $1 AND block_number > $2
				RETURNING token, from_address, to_address, value
			), delta AS (
				SELECT token, from_address AS wallet, -value AS amount FROM del WHERE from_address <> $3
				UNION ALL
				SELECT token, to_address, value FROM del WHERE to_address <> $3
			), sums AS (
				SELECT token, wallet, sum(amount) AS amount FROM delta GROUP BY token, wallet
			)
			UPDATE indexer_balances b SET balance = b.balance - sums.amount
			FROM sums WHERE b.chain_id = $1 AND b.token = sums.token AND b.wallet = sums.wallet`,
			id, above, common.Address{}.Bytes())
		if err != nil {
			return fmt.Errorf("roll back transfers: %w", err)
		}
		for _, table := range eventTables {
			if _, err := tx.Exec(ctx, `DELETE FROM `+table+` WHERE chain_id = $1 AND block_number > $2`, id, above); err != nil {
				return fmt.Errorf("roll back %s: %w", table, err)
			}
		}
		if _, err := tx.Exec(ctx, `DELETE FROM indexer_blocks WHERE chain_id = $1 AND number > $2`, id, above); err != nil {
			return err
		}
		if keep == nil {
			for _, q := range []string{
				`DELETE FROM indexer_balances WHERE chain_id = $1`,
				`DELETE FROM indexer_cursors WHERE chain_id = $1`,
				`UPDATE indexer_contracts SET backfill_next = NULL WHERE chain_id = $1`,
			} {
				if _, err := tx.Exec(ctx, q, id); err != nil {
					return err
				}
			}
			return nil
		}
		if _, err := tx.Exec(ctx, `
			UPDATE indexer_contracts SET backfill_next = LEAST(backfill_next, $2 + 1)
			WHERE chain_id = $1 AND backfill_next IS NOT NULL`, id, above); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `
			UPDATE indexer_cursors SET block_number = $2, block_hash = $3,
				finalized_number = LEAST(finalized_number, $2), updated_at = now()
			WHERE chain_id = $1`, id, above, keep.Hash.Bytes())
		return err
	})
}

// eventTables are the event tables other than indexer_transfers, which
// rollbacks delete from by block number, with the undecodable logs.
var eventTables = []string{
	"indexer_mints", "indexer_burns", "indexer_forced_transfers", "indexer_frozen", "indexer_address_freezes",
	"indexer_documents", "indexer_valuations", "indexer_identity_events", "indexer_distributions", "indexer_claims",
	"indexer_timelock_calls", "indexer_timelock_cancels", "indexer_timelock_delays", "indexer_proxy_upgrades",
	"indexer_dealing_events", "indexer_undecodable_logs",
}

func clampInt64(v uint64) int64 {
	if v > 1<<63-1 {
		return 1<<63 - 1
	}
	return int64(v)
}
