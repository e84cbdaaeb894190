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

-- Requests as the indexer reads them from a Dealing contract's events
-- (dealing.Service.IndexRequests upserts them): one row per request, its
-- identity fixed at the request, its state and transactions following the
-- chain.
CREATE TABLE dealing_requests (
    chain_id     NUMERIC(78, 0) NOT NULL,
    dealing      BYTEA          NOT NULL CHECK (octet_length(dealing) = 20),
    request_id   NUMERIC(78, 0) NOT NULL CHECK (request_id > 0),
    kind         TEXT           NOT NULL CHECK (kind IN ('deposit', 'redeem')),
    controller   BYTEA          NOT NULL CHECK (octet_length(controller) = 20),
    owner        BYTEA          NOT NULL CHECK (octet_length(owner) = 20),
    amount       NUMERIC(78, 0) NOT NULL CHECK (amount > 0),
    wire         BOOLEAN        NOT NULL,
    paid         BOOLEAN        NOT NULL,
    requested_at TIMESTAMPTZ    NOT NULL,
    state        TEXT           NOT NULL CHECK (state IN ('pending', 'fulfilled', 'claimed', 'cancelled', 'cancel_claimed', 'rejected')),
    result       NUMERIC(78, 0) CHECK (result >= 0),
    round        NUMERIC(78, 0),
    request_tx   BYTEA          CHECK (octet_length(request_tx) = 32),
    fulfil_tx    BYTEA          CHECK (octet_length(fulfil_tx) = 32),
    claim_tx     BYTEA          CHECK (octet_length(claim_tx) = 32),
    cancel_tx    BYTEA          CHECK (octet_length(cancel_tx) = 32),
    updated_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, dealing, request_id)
);
-- A day's book reads the pending requests made by its cut-off.
CREATE INDEX dealing_requests_pending ON dealing_requests (chain_id, dealing, requested_at) WHERE state = 'pending';
CREATE INDEX dealing_requests_controller ON dealing_requests (chain_id, dealing, controller, request_id);

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
    CONSTRAINT dealing_books_priced CHECK ((state = 'open') = (round_id IS NULL) AND (round_id IS NULL) = (nav IS NULL)),
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
DROP TABLE dealing_requests;
DROP TABLE dealing_holidays;
DROP TABLE dealing_calendars;
