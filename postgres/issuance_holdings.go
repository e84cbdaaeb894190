package postgres

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/issuance"
)

// holdingsQuery is a wallet set's holdings in one statement: the wallets'
// balances by token and their leaves in published distributions by asset
// pick the assets held (held, materialized so the per-asset reads below
// run for those assets only); each then gets its indexed supply, its
// feed's latest round and the decimals its feed's deployment record gives.
// Arrays keep the wallets' order ($2) and the payouts' order.
const holdingsQuery = `
	WITH w AS (
		SELECT wallet, ord FROM unnest($2::bytea[]) WITH ORDINALITY AS w(wallet, ord)
	), bal AS (
		SELECT b.token, sum(b.balance) AS amount,
		       array_agg(b.wallet ORDER BY w.ord) FILTER (WHERE b.balance > 0) AS holders
		FROM w JOIN indexer_balances b ON b.chain_id = $1 AND b.wallet = w.wallet
		GROUP BY b.token
	), leaf AS (
		SELECT d.asset_id, d.id, d.payment_token, l.amount, w.ord, d.created_at, l.position,
		       EXISTS (SELECT 1 FROM indexer_claims c
		               WHERE c.chain_id = $1 AND c.account = l.account AND c.distributor = $3
		                 AND c.distribution_id = d.onchain_id AND NOT c.reclaim) AS claimed
		FROM w JOIN issuance_distribution_leaves l ON l.account = w.wallet
		JOIN issuance_distributions d ON d.id = l.distribution_id
		WHERE d.onchain_id IS NOT NULL
	), pay AS (
		SELECT asset_id,
		       array_agg(id::text ORDER BY ord, created_at, id, position) AS ids,
		       array_agg(payment_token ORDER BY ord, created_at, id, position) AS tokens,
		       array_agg(amount::text ORDER BY ord, created_at, id, position) AS amounts,
		       array_agg(claimed ORDER BY ord, created_at, id, position) AS claimed
		FROM leaf GROUP BY asset_id
	), held AS MATERIALIZED (
		SELECT a.id, a.name, a.symbol, a.token, a.decimals, a.currency, a.feed, a.created_at,
		       coalesce(bal.amount, 0) AS amount, bal.holders, pay.ids, pay.tokens, pay.amounts, pay.claimed
		FROM issuance_assets a
		LEFT JOIN bal ON bal.token = a.token
		LEFT JOIN pay ON pay.asset_id = a.id
		WHERE a.token IS NOT NULL AND (bal.token IS NOT NULL OR pay.asset_id IS NOT NULL)
	)
	SELECT h.id::text, h.name, h.symbol, h.token, h.decimals, h.currency, h.feed,
	       h.amount::text, h.holders, coalesce(s.supply, 0)::text,
	       v.round_id::text, v.answer::text, v.updated_at, f.decimals,
	       h.ids, h.tokens, h.amounts, h.claimed
	FROM held h
	LEFT JOIN indexer_supplies s ON s.chain_id = $1 AND s.token = h.token
	LEFT JOIN LATERAL (
		SELECT round_id, answer, updated_at FROM indexer_valuations
		WHERE chain_id = $1 AND feed = h.feed
		ORDER BY block_number DESC, log_index DESC LIMIT 1) v ON true
	LEFT JOIN chain_deployments f ON f.chain_id = $4::numeric AND f.address = h.feed
	ORDER BY h.created_at, h.id`

// Holdings implements issuance.Store.
func (s *IssuanceStore) Holdings(ctx context.Context, q issuance.HoldingsQuery) ([]issuance.HoldingRecord, error) {
	id, err := chainKey(q.ChainID)
	if err != nil {
		return nil, err
	}
	wallets := make([][]byte, len(q.Wallets))
	for i, w := range q.Wallets {
		wallets[i] = w.Bytes()
	}
	rows, err := s.Pool.Query(ctx, holdingsQuery, id, wallets, q.Distributor.Bytes(), q.ChainID.String())
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (issuance.HoldingRecord, error) {
		var (
			r                  issuance.HoldingRecord
			a                  = &r.Asset
			token, feed        []byte
			dec                int16
			amount, supply     string
			holders, payTokens [][]byte
			round, answer      *string
			updated            *time.Time
			feedDec            *int16
			payIDs, payAmounts []string
			payClaimed         []bool
		)
		err := row.Scan(&a.ID, &a.Name, &a.Symbol, &token, &dec, &a.Currency, &feed, &amount, &holders, &supply,
			&round, &answer, &updated, &feedDec, &payIDs, &payTokens, &payAmounts, &payClaimed)
		if err != nil {
			return r, err
		}
		a.Token, a.Feed, a.Decimals = optAddr(token), optAddr(feed), uint8(dec)
		if r.Amount, err = parseNumeric(amount); err != nil {
			return r, err
		}
		if r.Supply, err = parseNumeric(supply); err != nil {
			return r, err
		}
		for _, h := range holders {
			r.Holders = append(r.Holders, common.BytesToAddress(h))
		}
		if round != nil {
			v := &chain.ValuationRound{UpdatedAt: updated.UTC()}
			if a.Feed != nil {
				v.Feed = *a.Feed
			}
			if v.RoundID, err = parseNumeric(*round); err != nil {
				return r, err
			}
			if v.Answer, err = parseNumeric(*answer); err != nil {
				return r, err
			}
			r.Round = v
		}
		if feedDec != nil {
			d := uint8(*feedDec)
			r.FeedDecimals = &d
		}
		for i := range payIDs {
			r.Payouts = append(r.Payouts, issuance.Payout{DistributionID: payIDs[i], PaymentToken: common.BytesToAddress(payTokens[i]),
				Amount: payAmounts[i], Claimed: payClaimed[i]})
		}
		return r, nil
	})
}
