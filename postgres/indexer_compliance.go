package postgres

import (
	"context"
	"errors"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/chain"
)

// Reads of the compliance state the indexer keeps: freezes, forced
// transfers, documents, identity registry entries and per-investor
// holdings.

// FreezeOf returns wallet's frozen amount of token and whether the wallet
// itself is frozen, in view.
func (s *IndexStore) FreezeOf(ctx context.Context, chainID *big.Int, token, wallet common.Address, v chain.View) (chain.Freeze, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return chain.Freeze{}, err
	}
	f := chain.Freeze{Wallet: wallet}
	var amount string
	err = s.Pool.QueryRow(ctx, `
		SELECT
			(SELECT coalesce(sum(delta), 0)::text FROM indexer_frozen
			 WHERE chain_id = $1 AND token = $2 AND wallet = $3 AND block_number <= $4),
			coalesce((SELECT frozen FROM indexer_address_freezes
			          WHERE chain_id = $1 AND token = $2 AND wallet = $3 AND block_number <= $4
			          ORDER BY block_number DESC, log_index DESC LIMIT 1), false)`,
		id, token.Bytes(), wallet.Bytes(), at).Scan(&amount, &f.AddressFrozen)
	if err != nil {
		return chain.Freeze{}, err
	}
	f.Amount, err = parseNumeric(amount)
	return f, err
}

// Freezes returns every wallet of token with frozen tokens or frozen
// itself, in view, by wallet.
func (s *IndexStore) Freezes(ctx context.Context, chainID *big.Int, token common.Address, v chain.View) ([]chain.Freeze, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, `
		WITH amounts AS (
			SELECT wallet, sum(delta) AS amount FROM indexer_frozen
			WHERE chain_id = $1 AND token = $2 AND block_number <= $3 GROUP BY wallet
		), flags AS (
			SELECT DISTINCT ON (wallet) wallet, frozen FROM indexer_address_freezes
			WHERE chain_id = $1 AND token = $2 AND block_number <= $3
			ORDER BY wallet, block_number DESC, log_index DESC
		)
		SELECT coalesce(a.wallet, f.wallet), coalesce(a.amount, 0)::text, coalesce(f.frozen, false)
		FROM amounts a FULL JOIN flags f ON f.wallet = a.wallet
		WHERE coalesce(a.amount, 0) <> 0 OR coalesce(f.frozen, false)
		ORDER BY 1`, id, token.Bytes(), at)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.Freeze, error) {
		var (
			f      chain.Freeze
			wallet []byte
			amount string
		)
		if err := r.Scan(&wallet, &amount, &f.AddressFrozen); err != nil {
			return f, err
		}
		f.Wallet = common.BytesToAddress(wallet)
		var err error
		f.Amount, err = parseNumeric(amount)
		return f, err
	})
}

// ForcedTransfers returns up to limit forced transfers of token in view, in
// chain order, after the position after (nil: from the start).
func (s *IndexStore) ForcedTransfers(ctx context.Context, chainID *big.Int, token common.Address, v chain.View, after *chain.EventPos, limit int) ([]chain.ForcedTransfer, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	p := page{after: after, limit: limit}
	args := []any{id, at, token.Bytes()}
	cond := ` WHERE t.chain_id = $1 AND t.block_number <= $2 AND t.token = $3` + p.where(&args)
	rows, err := s.Pool.Query(ctx, `SELECT `+eventColumns+`, t.token, t.from_address, t.to_address, t.amount::text,
		t.token_id::text FROM indexer_forced_transfers t`+blockJoin+cond+p.order(), args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.ForcedTransfer, error) {
		var (
			f             chain.ForcedTransfer
			ref           = refScan{r: &f.EventRef}
			tok, from, to []byte
			amount        string
			tokenID       *string
		)
		if err := r.Scan(append(ref.targets(), &tok, &from, &to, &amount, &tokenID)...); err != nil {
			return f, err
		}
		ref.done()
		f.Token, f.From, f.To = common.BytesToAddress(tok), common.BytesToAddress(from), common.BytesToAddress(to)
		var err error
		if f.Amount, err = parseNumeric(amount); err != nil {
			return f, err
		}
		if tokenID != nil {
			f.TokenID, err = parseNumeric(*tokenID)
		}
		return f, err
	})
}

// Documents returns token's ERC-1643 documents in view, by name: the last
// update of each, removed ones left out.
func (s *IndexStore) Documents(ctx context.Context, chainID *big.Int, token common.Address, v chain.View) ([]chain.DocumentAnchor, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, `
		SELECT * FROM (
			SELECT DISTINCT ON (t.name) `+eventColumns+`, t.token, t.name, t.uri, t.document_hash, t.removed
			FROM indexer_documents t`+blockJoin+`
			WHERE t.chain_id = $1 AND t.token = $2 AND t.block_number <= $3
			ORDER BY t.name, t.block_number DESC, t.log_index DESC
		) d WHERE NOT removed ORDER BY name`, id, token.Bytes(), at)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.DocumentAnchor, error) {
		var (
			d               chain.DocumentAnchor
			ref             = refScan{r: &d.EventRef}
			tok, name, hash []byte
		)
		if err := r.Scan(append(ref.targets(), &tok, &name, &d.URI, &hash, &d.Removed)...); err != nil {
			return d, err
		}
		ref.done()
		d.Token, d.Name, d.DocumentHash = common.BytesToAddress(tok), common.BytesToHash(name), common.BytesToHash(hash)
		return d, nil
	})
}

// identities folds the identity events of registry at block at: a wallet's
// newest registration or removal, with the updates after it; its investor
// is the one it was first registered for. oneWallet restricts it to $4.
func identitiesQuery(oneWallet bool) string {
	filter := ""
	if oneWallet {
		filter = ` AND wallet = $4`
	}
	return `
		WITH ev AS (
			SELECT wallet, block_number, log_index, kind, investor_id, country, expiry, flags
			FROM indexer_identity_events
			WHERE chain_id = $1 AND registry = $2 AND block_number <= $3` + filter + `
		), base AS (
			SELECT DISTINCT ON (wallet) wallet, block_number, log_index, kind, country, expiry, flags
			FROM ev WHERE kind IN ('registered', 'removed')
			ORDER BY wallet, block_number DESC, log_index DESC
		), bound AS (
			SELECT DISTINCT ON (wallet) wallet, investor_id
			FROM ev WHERE kind = 'registered' ORDER BY wallet, block_number, log_index
		), updates AS (
			SELECT DISTINCT ON (ev.wallet, ev.kind) ev.wallet, ev.kind, ev.country, ev.expiry, ev.flags
			FROM ev JOIN base ON base.wallet = ev.wallet
			WHERE ev.kind IN ('country', 'expiry', 'flags')
			  AND (ev.block_number, ev.log_index) > (base.block_number, base.log_index)
			ORDER BY ev.wallet, ev.kind, ev.block_number DESC, ev.log_index DESC
		)
		SELECT base.wallet, bound.investor_id, base.kind = 'registered',
			coalesce(c.country, base.country, 0), coalesce(e.expiry, base.expiry, 0)::text,
			coalesce(f.flags, base.flags, 0)::text
		FROM base JOIN bound ON bound.wallet = base.wallet
		LEFT JOIN updates c ON c.wallet = base.wallet AND c.kind = 'country'
		LEFT JOIN updates e ON e.wallet = base.wallet AND e.kind = 'expiry'
		LEFT JOIN updates f ON f.wallet = base.wallet AND f.kind = 'flags'
		ORDER BY base.wallet`
}

func scanIdentity(r pgx.CollectableRow) (chain.RegistryIdentity, error) {
	var (
		i                chain.RegistryIdentity
		wallet, investor []byte
		country          int32
		expiry, flags    string
	)
	if err := r.Scan(&wallet, &investor, &i.Registered, &country, &expiry, &flags); err != nil {
		return i, err
	}
	i.Wallet, i.InvestorID, i.Country = common.BytesToAddress(wallet), common.BytesToHash(investor), uint16(country)
	var err error
	if i.Expiry, err = strconv.ParseUint(expiry, 10, 64); err != nil {
		return i, err
	}
	i.Flags, err = parseNumeric(flags)
	return i, err
}

// Identity returns wallet's entry in registry in view; ok is false if the
// wallet was never registered there.
func (s *IndexStore) Identity(ctx context.Context, chainID *big.Int, registry, wallet common.Address, v chain.View) (chain.RegistryIdentity, bool, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return chain.RegistryIdentity{}, false, err
	}
	rows, err := s.Pool.Query(ctx, identitiesQuery(true), id, registry.Bytes(), at, wallet.Bytes())
	if err != nil {
		return chain.RegistryIdentity{}, false, err
	}
	i, err := pgx.CollectOneRow(rows, scanIdentity)
	if errors.Is(err, pgx.ErrNoRows) {
		return chain.RegistryIdentity{}, false, nil
	}
	return i, err == nil, err
}

// Identities returns every wallet ever registered in registry, in view, by
// wallet.
func (s *IndexStore) Identities(ctx context.Context, chainID *big.Int, registry common.Address, v chain.View) ([]chain.RegistryIdentity, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, identitiesQuery(false), id, registry.Bytes(), at)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, scanIdentity)
}

// investorBalances sums the balances of token at block $3 per investor of
// registry $4. Wallets never registered there are left out.
const investorBalances = balancesAt + `, bound AS (
		SELECT DISTINCT ON (wallet) wallet, investor_id FROM indexer_identity_events
		WHERE chain_id = $1 AND registry = $4 AND kind = 'registered' AND block_number <= $3
		ORDER BY wallet, block_number, log_index
	), investors AS (
		SELECT bound.investor_id, sum(at.balance) AS amount, count(*) AS wallets
		FROM at JOIN bound ON bound.wallet = at.wallet
		WHERE at.balance > 0 GROUP BY bound.investor_id
	)`

// InvestorBalances returns the holdings of token per investor (summed over
// the investor's wallets in registry, the token's identity registry), in
// view, by investor id.
func (s *IndexStore) InvestorBalances(ctx context.Context, chainID *big.Int, token, registry common.Address, v chain.View) ([]chain.InvestorBalance, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return nil, err
	}
	rows, err := s.Pool.Query(ctx, investorBalances+`
		SELECT investor_id, amount::text, wallets FROM investors ORDER BY investor_id`,
		id, token.Bytes(), at, registry.Bytes())
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (chain.InvestorBalance, error) {
		var (
			b        chain.InvestorBalance
			investor []byte
			amount   string
		)
		if err := r.Scan(&investor, &amount, &b.Wallets); err != nil {
			return b, err
		}
		b.InvestorID = common.BytesToHash(investor)
		var err error
		b.Amount, err = parseNumeric(amount)
		return b, err
	})
}

// InvestorCount returns how many investors of registry hold token in view:
// the count the token's maximum-investors rule limits.
func (s *IndexStore) InvestorCount(ctx context.Context, chainID *big.Int, token, registry common.Address, v chain.View) (int, error) {
	id, at, err := s.bound(ctx, chainID, v)
	if err != nil {
		return 0, err
	}
	var n int
	err = s.Pool.QueryRow(ctx, investorBalances+`SELECT count(*) FROM investors`,
		id, token.Bytes(), at, registry.Bytes()).Scan(&n)
	return n, err
}
