-- Wire (off-chain) payments confirmed four-eyes: an issuer key records that
-- a wire subscription's money arrived (payment) or that a priced wire
-- redemption was paid out (payout), with the bank's reference; an approver
-- independent of it approves, and the platform signer sends
-- confirmPayment / confirmPayout with ref = keccak256(reference) under
-- tx_key. A request has at most one live confirmation, and a reference
-- names one request of an asset.
CREATE TABLE dealing_wire_confirmations (
    id           BIGSERIAL      PRIMARY KEY,
    asset        TEXT           NOT NULL REFERENCES dealing_calendars (asset),
    chain_id     NUMERIC(78, 0) NOT NULL CHECK (chain_id > 0),
    dealing      BYTEA          NOT NULL CHECK (octet_length(dealing) = 20),
    request_id   NUMERIC(78, 0) NOT NULL CHECK (request_id > 0),
    kind         TEXT           NOT NULL CHECK (kind IN ('payment', 'payout')),
    reference    TEXT           NOT NULL CHECK (char_length(reference) BETWEEN 1 AND 140),
    ref_hash     BYTEA          NOT NULL CHECK (octet_length(ref_hash) = 32),
    requested_by TEXT           NOT NULL,
    requested_at TIMESTAMPTZ    NOT NULL,
    decided_by   TEXT,
    decided_at   TIMESTAMPTZ,
    note         TEXT           NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    state        TEXT           NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'approved', 'rejected', 'confirmed', 'failed')),
    tx_key       TEXT           UNIQUE,
    tx_hash      BYTEA          CHECK (octet_length(tx_hash) = 32),
    error        TEXT           NOT NULL DEFAULT '',
    updated_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT dealing_wire_confirmations_decided CHECK ((state = 'pending') = (decided_by IS NULL)),
    CONSTRAINT dealing_wire_confirmations_four_eyes CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CONSTRAINT dealing_wire_confirmations_sent CHECK ((state IN ('pending', 'rejected')) = (tx_key IS NULL))
);
CREATE UNIQUE INDEX dealing_wire_confirmations_live ON dealing_wire_confirmations (chain_id, dealing, request_id)
    WHERE state IN ('pending', 'approved', 'confirmed');
CREATE UNIQUE INDEX dealing_wire_confirmations_reference ON dealing_wire_confirmations (asset, ref_hash)
    WHERE state IN ('pending', 'approved', 'confirmed');
CREATE INDEX dealing_wire_confirmations_asset ON dealing_wire_confirmations (asset, id DESC);
COMMENT ON COLUMN dealing_wire_confirmations.ref_hash IS 'keccak256 of reference: the ref of PaymentConfirmed / PayoutConfirmed';
COMMENT ON COLUMN dealing_wire_confirmations.tx_key IS 'dealing:<chainID>:<dealing address>:payment|payout:<request id>, #n for the n-th attempt after failed ones';

-- The wallets behind requests: what a holding or a cap table line has in
-- flight is read per wallet, and a wallet's first subscription makes it
-- appear before it holds a unit.
CREATE INDEX indexer_dealing_events_wallet ON indexer_dealing_events (chain_id, controller)
    WHERE kind IN ('deposit_request', 'redeem_request');
CREATE INDEX indexer_dealing_events_owner ON indexer_dealing_events (chain_id, dealing, owner)
    WHERE kind = 'redeem_request';

-- What each wallet has in flight with one Dealing contract (ws: only these
-- wallets; NULL: every wallet), in base units:
--   pending_redeem_units          units locked in the owner's wallet by its
--                                 redemption requests still to settle:
--                                 pending, or a wire redemption priced and
--                                 waiting for its payout
--   pending_subscription_payment  payment of the controller's pending
--                                 subscription requests (escrowed on chain,
--                                 or promised by wire)
--   claimable_units               units the controller's fulfilled
--                                 subscriptions give and it has not claimed
--   claimable_payment             payment the controller's fulfilled
--                                 redemptions (not by wire) give and it has
--                                 not claimed
-- Claims take from a controller's totals, not from one request, so the
-- claimable amounts are the fulfilled totals less the claims, as the
-- contract keeps them. The cap table and the holdings read it; it is
-- inlined into their statements.
CREATE FUNCTION dealing_positions(c BIGINT, d BYTEA, ws BYTEA[])
RETURNS TABLE (wallet BYTEA, pending_redeem_units NUMERIC, pending_subscription_payment NUMERIC,
    claimable_units NUMERIC, claimable_payment NUMERIC)
STABLE LANGUAGE sql AS $$
    SELECT p.wallet, sum(p.pru), sum(p.psp), sum(p.cu), sum(p.cp)
    FROM (
        SELECT CASE r.kind WHEN 'redeem' THEN r.owner ELSE r.controller END AS wallet,
            CASE r.kind WHEN 'redeem' THEN r.amount ELSE 0 END AS pru,
            CASE r.kind WHEN 'deposit' THEN r.amount ELSE 0 END AS psp,
            0 AS cu, 0 AS cp
        FROM dealing_requests r
        WHERE r.chain_id = c::numeric AND r.dealing = d
            AND (r.state = 'pending' OR (r.kind = 'redeem' AND r.wire AND r.state = 'fulfilled'))
            AND (ws IS NULL OR CASE r.kind WHEN 'redeem' THEN r.owner ELSE r.controller END = ANY (ws))
        UNION ALL
        SELECT e.controller, 0, 0,
            CASE e.kind WHEN 'deposit_fulfilled' THEN e.result WHEN 'deposit_claim' THEN -e.result ELSE 0 END,
            CASE e.kind WHEN 'redeem_fulfilled' THEN e.result WHEN 'redeem_claim' THEN -e.result ELSE 0 END
        FROM indexer_dealing_events e
        WHERE e.chain_id = c AND e.dealing = d
            AND e.kind IN ('deposit_fulfilled', 'deposit_claim', 'redeem_fulfilled', 'redeem_claim')
            AND (ws IS NULL OR e.controller = ANY (ws))
            AND NOT (e.kind = 'redeem_fulfilled' AND EXISTS (
                SELECT 1 FROM indexer_dealing_events w
                WHERE w.chain_id = e.chain_id AND w.dealing = e.dealing AND w.request_id = e.request_id AND w.kind = 'wire_request'))
    ) p
    GROUP BY p.wallet
$$;

---- create above / drop below ----

DROP FUNCTION dealing_positions(BIGINT, BYTEA, BYTEA[]);
DROP INDEX indexer_dealing_events_owner;
DROP INDEX indexer_dealing_events_wallet;
DROP TABLE dealing_wire_confirmations;
