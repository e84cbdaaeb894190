-- Dealing at NAV: each asset's dealing calendar, the requests the indexer
-- reads from its Dealing contract, and the book of each dealing day with
-- its priced lines and fulfilment batches. Amounts are NUMERIC integers of
-- base units (payment or unit), never floating point.

CREATE TABLE dealing_calendars (
    asset              TEXT           PRIMARY KEY CHECK (asset <> ''),
    chain_id           NUMERIC(78, 0) NOT NULL CHECK (chain_id > 0),
    dealing            BYTEA          NOT NULL CHECK (octet_length(dealing) = 20),
    feed               BYTEA          NOT NULL CHECK (octet_length(feed) = 20),
    payment_token      BYTEA          NOT NULL CHECK (octet_length(payment_token) = 20),
    unit_decimals      SMALLINT       NOT NULL CHECK (unit_decimals BETWEEN 0 AND 36),
    payment_decimals   SMALLINT       NOT NULL CHECK (payment_decimals BETWEEN 0 AND 36),
    time_zone          TEXT           NOT NULL,
    business_days      TEXT[]         NOT NULL CHECK (cardinality(business_days) BETWEEN 1 AND 7),
    cutoff             TEXT           NOT NULL CHECK (cutoff ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    settlement_lag     INTEGER        NOT NULL CHECK (settlement_lag BETWEEN 0 AND 30),
    nav_ttl            INTEGER        NOT NULL CHECK (nav_ttl > 0),
    min_deposit        NUMERIC(78, 0) NOT NULL CHECK (min_deposit >= 0),
    max_deposit        NUMERIC(78, 0) CHECK (max_deposit >= min_deposit),
    min_redeem         NUMERIC(78, 0) NOT NULL CHECK (min_redeem >= 0),
    max_redeem         NUMERIC(78, 0) CHECK (max_redeem >= min_redeem),
    modes              SMALLINT       NOT NULL CHECK (modes BETWEEN 0 AND 31),
    fee_bps            SMALLINT       NOT NULL DEFAULT 0 CHECK (fee_bps BETWEEN 0 AND 100),
    subscribe_global   NUMERIC(78, 0) CHECK (subscribe_global > 0),
    subscribe_investor NUMERIC(78, 0) CHECK (subscribe_investor > 0),
    subscribe_window   INTEGER        NOT NULL DEFAULT 0 CHECK (subscribe_window >= 0),
    redeem_global      NUMERIC(78, 0) CHECK (redeem_global > 0),
    redeem_investor    NUMERIC(78, 0) CHECK (redeem_investor > 0),
    redeem_window      INTEGER        NOT NULL DEFAULT 0 CHECK (redeem_window >= 0),
    auto_approve_below NUMERIC(78, 0) CHECK (auto_approve_below > 0),
    updated_by         TEXT           NOT NULL,
    updated_at         TIMESTAMPTZ    NOT NULL,
    -- One calendar per Dealing contract: its days decide which requests
    -- each book takes.
    UNIQUE (chain_id, dealing)
);
COMMENT ON COLUMN dealing_calendars.modes IS 'the Dealing contract''s Config.modes bits: 1 async deposit, 2 async redeem, 4 instant subscribe, 8 instant redeem, 16 wire';
COMMENT ON COLUMN dealing_calendars.auto_approve_below IS 'books whose total gross value (payment base units) is below it are approved by policy as system:dealing-auto; NULL: always four-eyes';

CREATE TABLE dealing_holidays (
    asset TEXT NOT NULL REFERENCES dealing_calendars (asset) ON DELETE CASCADE,
    day   DATE NOT NULL,
    PRIMARY KEY (asset, day)
);

-- A Dealing contract's events as the indexer reads them, one row per log,
-- rolled back with the block that carried it like every indexer table.
-- Request events carry the request id; the instant facility's and the
-- reserve's do not (chain.DealingEventKind says what each column holds).
CREATE TABLE indexer_dealing_events (
    chain_id     BIGINT         NOT NULL,
    block_number BIGINT         NOT NULL,
    log_index    INTEGER        NOT NULL,
    block_hash   BYTEA          NOT NULL,
    tx_hash      BYTEA          NOT NULL,
    dealing      BYTEA          NOT NULL,
    kind         TEXT           NOT NULL CHECK (kind IN ('deposit_request', 'redeem_request', 'wire_request',
        'payment_confirmed', 'payout_confirmed', 'day_priced', 'deposit_fulfilled', 'redeem_fulfilled', 'request_rejected',
        'cancel_deposit', 'cancel_redeem', 'cancel_deposit_claim', 'cancel_redeem_claim', 'deposit_claim', 'redeem_claim',
        'subscribed', 'redeemed_instant', 'reserve_funded', 'reserve_withdrawn', 'fees_withdrawn', 'operator_set',
        'cutoff_published', 'request_cutoff')),
    request_id   NUMERIC(78, 0),
    controller   BYTEA,
    owner        BYTEA,
    sender       BYTEA,
    amount       NUMERIC(78, 0),
    result       NUMERIC(78, 0),
    fee          NUMERIC(78, 0),
    round_id     NUMERIC(78, 0),
    cutoff       TIMESTAMPTZ,
    ref          BYTEA,
    code         INTEGER        NOT NULL DEFAULT 0,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_dealing_events_request ON indexer_dealing_events (chain_id, dealing, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX indexer_dealing_events_controller ON indexer_dealing_events (chain_id, dealing, controller, kind);
CREATE INDEX indexer_dealing_events_dealing ON indexer_dealing_events (chain_id, dealing, block_number, log_index);

-- Each request as its events leave it, with the cut-off it was last stamped
-- with (the dealing day it belongs to): pending → fulfilled → claimed, or
-- cancelled → cancel_claimed, or rejected. ERC-4626 claims take from a
-- controller's whole claimable amount, not from one request: a fulfilled
-- request counts as claimed once the controller's claims (assets for
-- deposits, shares for redemptions) cover it and every fulfilled request
-- of the same kind before it, in request order (a window over the
-- requests, so a read of one Dealing contract filters its events first).
-- A wire redemption is claimed when its payout is confirmed; payment_ref
-- and payout_ref are the refs of its wire confirmations.
CREATE VIEW dealing_requests AS
WITH req AS (
    SELECT e.chain_id, e.dealing, e.request_id,
        max(CASE e.kind WHEN 'deposit_request' THEN 'deposit' WHEN 'redeem_request' THEN 'redeem' END) AS kind,
        (array_agg(e.controller) FILTER (WHERE e.kind IN ('deposit_request', 'redeem_request')))[1] AS controller,
        (array_agg(e.owner) FILTER (WHERE e.kind IN ('deposit_request', 'redeem_request')))[1] AS owner,
        (array_agg(e.amount) FILTER (WHERE e.kind IN ('deposit_request', 'redeem_request')))[1] AS amount,
        (array_agg(e.cutoff ORDER BY e.block_number DESC, e.log_index DESC) FILTER (WHERE e.kind = 'request_cutoff'))[1] AS cutoff,
        bool_or(e.kind = 'wire_request') AS wire,
        bool_or(e.kind = 'payment_confirmed') AS paid,
        bool_or(e.kind = 'payout_confirmed') AS paid_out,
        bool_or(e.kind = 'request_rejected') AS rejected,
        bool_or(e.kind IN ('cancel_deposit', 'cancel_redeem')) AS cancelled,
        bool_or(e.kind IN ('cancel_deposit_claim', 'cancel_redeem_claim')) AS cancel_claimed,
        (array_agg(e.result) FILTER (WHERE e.kind IN ('deposit_fulfilled', 'redeem_fulfilled')))[1] AS result,
        (array_agg(e.round_id) FILTER (WHERE e.kind IN ('deposit_fulfilled', 'redeem_fulfilled')))[1] AS round,
        (array_agg(e.amount) FILTER (WHERE e.kind IN ('deposit_fulfilled', 'redeem_fulfilled')))[1] AS fulfilled_amount,
        (array_agg(e.block_number) FILTER (WHERE e.kind IN ('deposit_request', 'redeem_request')))[1] AS request_block,
        (array_agg(e.tx_hash) FILTER (WHERE e.kind IN ('deposit_request', 'redeem_request')))[1] AS request_tx,
        (array_agg(e.tx_hash) FILTER (WHERE e.kind IN ('deposit_fulfilled', 'redeem_fulfilled', 'request_rejected')))[1] AS fulfil_tx,
        (array_agg(e.tx_hash ORDER BY e.block_number DESC, e.log_index DESC)
            FILTER (WHERE e.kind IN ('cancel_deposit', 'cancel_redeem', 'cancel_deposit_claim', 'cancel_redeem_claim')))[1] AS cancel_tx,
        (array_agg(e.tx_hash) FILTER (WHERE e.kind = 'payout_confirmed'))[1] AS payout_tx,
        (array_agg(e.ref) FILTER (WHERE e.kind = 'payment_confirmed'))[1] AS payment_ref,
        (array_agg(e.ref) FILTER (WHERE e.kind = 'payout_confirmed'))[1] AS payout_ref,
        max(e.block_number) AS last_block
    FROM indexer_dealing_events e
    WHERE e.request_id IS NOT NULL
    GROUP BY e.chain_id, e.dealing, e.request_id
    HAVING bool_or(e.kind IN ('deposit_request', 'redeem_request'))
), fifo AS (
    SELECT r.*, CASE WHEN r.fulfilled_amount IS NOT NULL AND NOT r.wire THEN
        sum(r.fulfilled_amount) FILTER (WHERE NOT r.wire) OVER (PARTITION BY r.chain_id, r.dealing, r.controller, r.kind
            ORDER BY r.request_id) END AS cumulative
    FROM req r
), claims AS (
    SELECT e.chain_id, e.dealing, e.controller,
        CASE e.kind WHEN 'deposit_claim' THEN 'deposit' ELSE 'redeem' END AS kind,
        sum(e.amount) AS claimed
    FROM indexer_dealing_events e
    WHERE e.kind IN ('deposit_claim', 'redeem_claim')
    GROUP BY 1, 2, 3, 4
)
SELECT r.chain_id::numeric AS chain_id, r.dealing, r.request_id, r.kind, r.controller, r.owner, r.amount, r.wire, r.paid,
    rb.time AS requested_at, r.cutoff,
    CASE WHEN r.rejected THEN 'rejected'
        WHEN r.cancel_claimed THEN 'cancel_claimed'
        WHEN r.cancelled THEN 'cancelled'
        WHEN r.paid_out OR (r.cumulative IS NOT NULL AND coalesce(c.claimed, 0) >= r.cumulative) THEN 'claimed'
        WHEN r.result IS NOT NULL THEN 'fulfilled'
        ELSE 'pending' END AS state,
    r.result, r.round, r.request_tx, r.fulfil_tx, r.payout_tx AS claim_tx, r.cancel_tx,
    lb.time AS updated_at, r.payment_ref, r.payout_ref
FROM fifo r
JOIN indexer_blocks rb ON rb.chain_id = r.chain_id AND rb.number = r.request_block
JOIN indexer_blocks lb ON lb.chain_id = r.chain_id AND lb.number = r.last_block
LEFT JOIN claims c ON c.chain_id = r.chain_id AND c.dealing = r.dealing AND c.controller = r.controller AND c.kind = r.kind;

CREATE TABLE dealing_books (
    id               BIGSERIAL      PRIMARY KEY,
    asset            TEXT           NOT NULL REFERENCES dealing_calendars (asset),
    chain_id         NUMERIC(78, 0) NOT NULL,
    dealing          BYTEA          NOT NULL CHECK (octet_length(dealing) = 20),
    day              DATE           NOT NULL,
    cutoff           TIMESTAMPTZ    NOT NULL,
    settlement       DATE           NOT NULL CHECK (settlement >= day),
    state            TEXT           NOT NULL CHECK (state IN ('open', 'priced', 'approved', 'fulfilling', 'fulfilled', 'rejected')),
    round_id         NUMERIC(78, 0),
    nav              NUMERIC(78, 0) CHECK (nav > 0),
    nav_decimals     SMALLINT,
    nav_observed_at  TIMESTAMPTZ,
    unit_decimals    SMALLINT       NOT NULL,
    payment_decimals SMALLINT       NOT NULL,
    gross_in         NUMERIC(78, 0) NOT NULL DEFAULT 0,
    gross_out        NUMERIC(78, 0) NOT NULL DEFAULT 0,
    net_reserve_need NUMERIC(79, 0) NOT NULL DEFAULT 0,
    units_in         NUMERIC(78, 0) NOT NULL DEFAULT 0,
    units_out        NUMERIC(78, 0) NOT NULL DEFAULT 0,
    refused          JSONB          NOT NULL DEFAULT '[]',
    requested_by     TEXT           NOT NULL,
    requested_at     TIMESTAMPTZ    NOT NULL,
    priced_at        TIMESTAMPTZ,
    decided_by       TEXT,
    decided_at       TIMESTAMPTZ,
    decision_note    TEXT           NOT NULL DEFAULT '' CHECK (length(decision_note) <= 1000),
    policy           TEXT           NOT NULL DEFAULT '',
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (asset, cutoff),
    -- A day with nothing pending closes without waiting for its NAV.
    CONSTRAINT dealing_books_priced CHECK ((state = 'open' OR policy = 'nothing_to_fulfil') = (round_id IS NULL)
        AND (round_id IS NULL) = (nav IS NULL)),
    CONSTRAINT dealing_books_decided CHECK ((state IN ('open', 'priced')) = (decided_by IS NULL)),
    CONSTRAINT dealing_books_four_eyes CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CONSTRAINT dealing_books_policy CHECK (policy = '' OR decided_by = 'system:dealing-auto')
);
CREATE INDEX dealing_books_asset ON dealing_books (asset, cutoff DESC, id DESC);
CREATE INDEX dealing_books_working ON dealing_books (state) WHERE state IN ('open', 'approved', 'fulfilling');

CREATE TABLE dealing_book_lines (
    book_id       BIGINT         NOT NULL REFERENCES dealing_books (id) ON DELETE CASCADE,
    request_id    NUMERIC(78, 0) NOT NULL,
    kind          TEXT           NOT NULL CHECK (kind IN ('deposit', 'redeem')),
    controller    BYTEA          NOT NULL,
    owner         BYTEA          NOT NULL,
    amount        NUMERIC(78, 0) NOT NULL CHECK (amount > 0),
    wire          BOOLEAN        NOT NULL,
    result        NUMERIC(78, 0) NOT NULL CHECK (result >= 0),
    remainder_num NUMERIC(78, 0) NOT NULL CHECK (remainder_num >= 0),
    remainder_den NUMERIC(78, 0) NOT NULL CHECK (remainder_den > 0),
    batch_index   INTEGER        NOT NULL CHECK (batch_index >= 0),
    PRIMARY KEY (book_id, request_id)
);

CREATE TABLE dealing_batches (
    book_id         BIGINT           NOT NULL REFERENCES dealing_books (id) ON DELETE CASCADE,
    batch_index     INTEGER          NOT NULL CHECK (batch_index >= 0),
    request_ids     NUMERIC(78, 0)[] NOT NULL CHECK (cardinality(request_ids) > 0),
    gas             BIGINT           NOT NULL CHECK (gas > 0),
    idempotency_key TEXT             NOT NULL UNIQUE,
    tx_key          TEXT,
    tx_hash         BYTEA            CHECK (octet_length(tx_hash) = 32),
    state           TEXT             NOT NULL CHECK (state IN ('pending', 'sent', 'fulfilled')),
    PRIMARY KEY (book_id, batch_index)
);
COMMENT ON COLUMN dealing_batches.idempotency_key IS 'dealing:<chainID>:<dealing address>:<cutoff unix>:<batch index>';

---- create above / drop below ----

DROP TABLE dealing_batches;
DROP TABLE dealing_book_lines;
DROP TABLE dealing_books;
DROP VIEW dealing_requests;
DROP TABLE indexer_dealing_events;
DROP TABLE dealing_holidays;
DROP TABLE dealing_calendars;
