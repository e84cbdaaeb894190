package postgres

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/issuance"
)

// holdingsQuery is a wallet set's holdings in one statement: the wallets'
// balances by token and their leaves in published distributions by asset
// pick the assets held (held: only those assets' rows are read, through
// their token or id, never every asset); each then gets its indexed
// supply, its feed's latest round, the decimals its feed's deployment
// record gives, and what the wallets have in flight with its Dealing
// contract (dealing_positions: one lateral read of that contract's
// indexed requests, for an asset that deals at NAV only; a wallet's
// request makes the asset held before the wallet holds a unit). Arrays
// keep the wallets' order and the payouts' order.
//
// The wallets fill the %s: one placeholder each (holdingsSQL), so the
// planner knows the set's size. Prepared once per connection, the
// statement then runs a cached generic plan, as good as one planned for
// the values (every path is an index lookup from the wallets), instead of
// being planned again on every read: with an array parameter of unknown
// length the generic plan's estimate is ten wallets, never cheaper than a
// custom plan for one, so PostgreSQL would plan each read, which costs
// more than running it.
const holdingsQuery = `
	WITH w AS (
		SELECT wallet, ord FROM unnest(%s) WITH ORDINALITY AS w(wallet, ord)
	), bal AS (
		SELECT b.token, sum(b.balance) AS amount,
		       array_agg(b.wallet ORDER BY w.ord) FILTER (WHERE b.balance > 0) AS holders
		FROM w JOIN indexer_balances b ON b.chain_id = $1 AND b.wallet = w.wallet
		GROUP BY b.token
	), leaf AS (
		SELECT d.asset_id, d.id, d.payment_token, l.amount, w.ord, d.created_at, l.position,
		       EXISTS (SELECT 1 FROM indexer_claims c
		               WHERE c.chain_id = $1 AND c.account = l.account AND c.distributor = $2
		                 AND c.distribution_id = d.onchain_id AND NOT c.reclaim) AS claimed
		FROM w JOIN issuance_distribution_leaves l ON l.account = w.wallet
		JOIN issuance_distributions d ON d.id = l.distribution_id
		WHERE d.onchain_id IS NOT NULL
	), held AS (
		SELECT a.id FROM bal JOIN issuance_assets a ON a.chain_id = $3::numeric AND a.token = bal.token
		UNION
		SELECT asset_id FROM leaf
		UNION
		SELECT a.id FROM w JOIN indexer_dealing_events e ON e.chain_id = $1 AND e.controller = w.wallet
			AND e.kind IN ('deposit_request', 'redeem_request')
		JOIN issuance_assets a ON a.chain_id = $3::numeric AND a.dealing = e.dealing
	)
	SELECT a.id::text, a.name, a.symbol, a.token, a.decimals, a.currency, a.feed,
	       coalesce(bal.amount, 0)::text, bal.holders, coalesce(s.supply, 0)::text,
	       v.round_id::text, v.answer::text, v.updated_at, f.decimals,
	       p.ids, p.tokens, p.amounts, p.claimed,
	       coalesce(dp.pru, 0)::text, coalesce(dp.psp, 0)::text, coalesce(dp.cu, 0)::text, coalesce(dp.cp, 0)::text
	FROM held JOIN issuance_assets a ON a.id = held.id
	LEFT JOIN bal ON bal.token = a.token
	LEFT JOIN LATERAL (
		SELECT array_agg(id::text ORDER BY ord, created_at, id, position) AS ids,
		       array_agg(payment_token ORDER BY ord, created_at, id, position) AS tokens,
		       array_agg(amount::text ORDER BY ord, created_at, id, position) AS amounts,
		       array_agg(claimed ORDER BY ord, created_at, id, position) AS claimed
		FROM leaf WHERE leaf.asset_id = a.id) p ON true
	LEFT JOIN indexer_supplies s ON s.chain_id = $1 AND s.token = a.token
	LEFT JOIN LATERAL (
		SELECT round_id, answer, updated_at FROM indexer_valuations
		WHERE chain_id = $1 AND feed = a.feed
		ORDER BY block_number DESC, log_index DESC LIMIT 1) v ON true
	LEFT JOIN chain_deployments f ON f.chain_id = $3::numeric AND f.address = a.feed
	LEFT JOIN LATERAL (
		SELECT sum(pending_redeem_units) AS pru, sum(pending_subscription_payment) AS psp,
		       sum(claimable_units) AS cu, sum(claimable_payment) AS cp
		FROM dealing_positions($1, a.dealing, (SELECT array_agg(wallet) FROM w))
		WHERE a.dealing IS NOT NULL) dp ON true
	WHERE a.token IS NOT NULL
	ORDER BY a.created_at, a.id`

// holdingsListed is the largest wallet set whose wallets are listed one
// placeholder each; a larger set (an investor with that many wallets is
// rare) is passed as one array, and its read planned each time.
const holdingsListed = 32

// holdingsSQL is holdingsQuery for n wallets, from $4 on.
var holdingsSQL = func() func(n int) string {
	listed := make([]string, holdingsListed+1)
	for n := 1; n <= holdingsListed; n++ {
		ps := make([]string, n)
		for i := range ps {
			ps[i] = fmt.Sprintf("$%d::bytea", 4+i)
		}
		listed[n] = fmt.Sprintf(holdingsQuery, "ARRAY["+strings.Join(ps, ", ")+"]")
	}
	array := fmt.Sprintf(holdingsQuery, "$4::bytea[]")
	return func(n int) string {
		if n >= 1 && n <= holdingsListed {
			return listed[n]
		}
		return array
	}
}()

// Holdings implements issuance.Store.
func (s *IssuanceStore) Holdings(ctx context.Context, q issuance.HoldingsQuery) ([]issuance.HoldingRecord, error) {
	id, err := chainKey(q.ChainID)
	if err != nil {
		return nil, err
	}
	args := make([]any, 3, 3+len(q.Wallets))
	args[0], args[1], args[2] = id, q.Distributor.Bytes(), q.ChainID.String()
	if n := len(q.Wallets); n >= 1 && n <= holdingsListed {
		for _, w := range q.Wallets {
			args = append(args, w.Bytes())
		}
	} else {
		wallets := make([][]byte, n)
		for i, w := range q.Wallets {
			wallets[i] = w.Bytes()
		}
		args = append(args, wallets)
	}
	rows, err := s.Pool.Query(ctx, holdingsSQL(len(q.Wallets)), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	// Each row is scanned into its place in the answer: a record is large
	// (its asset's whole struct), and scanning into a local first would
	// put one on the heap per row and copy it again as the slice grows.
	out := make([]issuance.HoldingRecord, 0, holdingsCap)
	for rows.Next() {
		out = append(out, issuance.HoldingRecord{})
		if err := scanHolding(rows, &out[len(out)-1]); err != nil {
			return nil, err
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// holdingsCap is the records a holdings answer has room for before it
// grows: more than most wallet sets hold.
const holdingsCap = 8

// scanHolding reads one row of holdingsQuery into r.
func scanHolding(row pgx.Rows, r *issuance.HoldingRecord) error {
	var (
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
		pru, psp, cu, cp   string
	)
	err := row.Scan(&a.ID, &a.Name, &a.Symbol, &token, &dec, &a.Currency, &feed, &amount, &holders, &supply,
		&round, &answer, &updated, &feedDec, &payIDs, &payTokens, &payAmounts, &payClaimed, &pru, &psp, &cu, &cp)
	if err != nil {
		return err
	}
	for _, v := range []struct {
		in  string
		out **big.Int
	}{{pru, &r.Dealing.PendingRedeemUnits}, {psp, &r.Dealing.PendingSubscriptionPayment}, {cu, &r.Dealing.ClaimableUnits},
		{cp, &r.Dealing.ClaimablePayment}} {
		if *v.out, err = parseNumeric(v.in); err != nil {
			return err
		}
	}
	a.Token, a.Feed, a.Decimals = optAddr(token), optAddr(feed), uint8(dec)
	if r.Amount, err = parseNumeric(amount); err != nil {
		return err
	}
	if r.Supply, err = parseNumeric(supply); err != nil {
		return err
	}
	if len(holders) > 0 {
		r.Holders = make([]common.Address, len(holders))
		for i, h := range holders {
			r.Holders[i] = common.BytesToAddress(h)
		}
	}
	if round != nil {
		v := &chain.ValuationRound{UpdatedAt: updated.UTC()}
		if a.Feed != nil {
			v.Feed = *a.Feed
		}
		if v.RoundID, err = parseNumeric(*round); err != nil {
			return err
		}
		if v.Answer, err = parseNumeric(*answer); err != nil {
			return err
		}
		r.Round = v
	}
	if feedDec != nil {
		d := uint8(*feedDec)
		r.FeedDecimals = &d
	}
	if len(payIDs) > 0 {
		r.Payouts = make([]issuance.Payout, len(payIDs))
		for i := range payIDs {
			r.Payouts[i] = issuance.Payout{DistributionID: payIDs[i], PaymentToken: common.BytesToAddress(payTokens[i]),
				Amount: payAmounts[i], Claimed: payClaimed[i]}
		}
	}
	return nil
}

// DealtUnits implements issuance.Store. A redeem fulfilled on chain burns
// its units at once; a wire redeem's are burned when its payout is
// confirmed.
func (s *IssuanceStore) DealtUnits(ctx context.Context, chainID *big.Int, dealing common.Address) (minted, burned *big.Int, err error) {
	id, err := chainKey(chainID)
	if err != nil {
		return nil, nil, err
	}
	var m, b string
	err = s.Pool.QueryRow(ctx, `
		SELECT coalesce(sum(e.result) FILTER (WHERE e.kind IN ('deposit_claim', 'subscribed')), 0)::text,
		       (coalesce(sum(e.amount) FILTER (WHERE e.kind = 'redeemed_instant'
		            OR (e.kind = 'redeem_fulfilled' AND NOT EXISTS (SELECT 1 FROM indexer_dealing_events w
		                WHERE w.chain_id = e.chain_id AND w.dealing = e.dealing AND w.request_id = e.request_id AND w.kind = 'wire_request'))), 0)
		        + coalesce((SELECT sum(q.amount) FROM indexer_dealing_events p
		            JOIN indexer_dealing_events q ON q.chain_id = p.chain_id AND q.dealing = p.dealing AND q.request_id = p.request_id
		                AND q.kind = 'redeem_request'
		            WHERE p.chain_id = $1 AND p.dealing = $2 AND p.kind = 'payout_confirmed'), 0))::text
		FROM indexer_dealing_events e
		WHERE e.chain_id = $1 AND e.dealing = $2`, id, dealing.Bytes()).Scan(&m, &b)
	if err != nil {
		return nil, nil, err
	}
	minted, _ = new(big.Int).SetString(m, 10)
	burned, _ = new(big.Int).SetString(b, 10)
	return minted, burned, nil
}

// DealingPositions implements issuance.Store with dealing_positions.
func (s *IssuanceStore) DealingPositions(ctx context.Context, chainID *big.Int, dealing common.Address, wallets []common.Address) ([]issuance.WalletPosition, error) {
	id, err := chainKey(chainID)
	if err != nil {
		return nil, err
	}
	var ws [][]byte
	if wallets != nil {
		ws = make([][]byte, len(wallets))
		for i, w := range wallets {
			ws[i] = w.Bytes()
		}
	}
	rows, err := s.Pool.Query(ctx, `
		SELECT wallet, pending_redeem_units::text, pending_subscription_payment::text, claimable_units::text, claimable_payment::text
		FROM dealing_positions($1, $2, $3::bytea[]) ORDER BY wallet`, id, dealing.Bytes(), ws)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (issuance.WalletPosition, error) {
		var (
			p                issuance.WalletPosition
			w                []byte
			pru, psp, cu, cp string
		)
		if err := row.Scan(&w, &pru, &psp, &cu, &cp); err != nil {
			return p, err
		}
		p.Wallet = common.BytesToAddress(w)
		for _, v := range []struct {
			in  string
			out **big.Int
		}{{pru, &p.PendingRedeemUnits}, {psp, &p.PendingSubscriptionPayment}, {cu, &p.ClaimableUnits}, {cp, &p.ClaimablePayment}} {
			if *v.out, err = parseNumeric(v.in); err != nil {
				return p, err
			}
		}
		return p, nil
	})
}
