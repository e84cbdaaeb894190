-- The transaction manager's state. A chain write is first a tx_requests row
-- with the caller's idempotency key; requests are carried by chain_txs (one
-- per nonce, several requests when batched); every signed attempt of a
-- transaction is stored in chain_tx_attempts before it is sent.

CREATE TABLE tx_signers (
    chain_id    NUMERIC(78, 0) NOT NULL,
    address     BYTEA          NOT NULL CHECK (octet_length(address) = 20),
    next_nonce  BIGINT         NOT NULL CHECK (next_nonce >= 0),
    PRIMARY KEY (chain_id, address)
);

CREATE TABLE chain_txs (
    id            BIGSERIAL PRIMARY KEY,
    chain_id      NUMERIC(78, 0) NOT NULL,
    from_address  BYTEA          NOT NULL CHECK (octet_length(from_address) = 20),
    nonce         BIGINT         NOT NULL CHECK (nonce >= 0),
    to_address    BYTEA          CHECK (octet_length(to_address) = 20),
    data          BYTEA          NOT NULL,
    value         NUMERIC(78, 0) NOT NULL DEFAULT 0 CHECK (value >= 0),
    gas_limit     BIGINT         NOT NULL CHECK (gas_limit > 0),
    state         TEXT           NOT NULL CHECK (state IN ('in_progress', 'broadcast', 'confirmed', 'finalized', 'failed')),
    error         TEXT,
    mined_hash    BYTEA          CHECK (octet_length(mined_hash) = 32),
    block_number  BIGINT,
    block_hash    BYTEA          CHECK (octet_length(block_hash) = 32),
    gas_used      BIGINT,
    created_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (chain_id, from_address, nonce)
);
CREATE INDEX chain_txs_open ON chain_txs (chain_id, from_address, nonce)
    WHERE state IN ('in_progress', 'broadcast', 'confirmed');

CREATE TABLE chain_tx_attempts (
    id           BIGSERIAL PRIMARY KEY,
    tx_id        BIGINT         NOT NULL REFERENCES chain_txs (id) ON DELETE CASCADE,
    hash         BYTEA          NOT NULL UNIQUE CHECK (octet_length(hash) = 32),
    raw          BYTEA          NOT NULL,
    gas_fee_cap  NUMERIC(78, 0) NOT NULL,
    gas_tip_cap  NUMERIC(78, 0) NOT NULL,
    created_at   TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX chain_tx_attempts_tx ON chain_tx_attempts (tx_id, id);

CREATE TABLE tx_requests (
    id               BIGSERIAL PRIMARY KEY,
    idempotency_key  TEXT           NOT NULL UNIQUE CHECK (idempotency_key <> ''),
    chain_id         NUMERIC(78, 0) NOT NULL,
    from_address     BYTEA          NOT NULL CHECK (octet_length(from_address) = 20),
    to_address       BYTEA          CHECK (octet_length(to_address) = 20),
    data             BYTEA          NOT NULL,
    value            NUMERIC(78, 0) NOT NULL DEFAULT 0 CHECK (value >= 0),
    gas_limit        BIGINT         CHECK (gas_limit > 0),
    batch_kind       TEXT,
    batch_args       BYTEA,
    state            TEXT           NOT NULL DEFAULT 'unstarted'
                     CHECK (state IN ('unstarted', 'in_progress', 'broadcast', 'confirmed', 'finalized', 'failed')),
    tx_id            BIGINT         REFERENCES chain_txs (id),
    error            TEXT,
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CHECK ((batch_kind IS NULL) = (batch_args IS NULL))
);
CREATE INDEX tx_requests_unstarted ON tx_requests (chain_id, from_address, id) WHERE state = 'unstarted';
CREATE INDEX tx_requests_tx ON tx_requests (tx_id);

---- create above / drop below ----

DROP TABLE tx_requests;
DROP TABLE chain_tx_attempts;
DROP TABLE chain_txs;
DROP TABLE tx_signers;
