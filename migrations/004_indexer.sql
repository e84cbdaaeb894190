-- The event indexer: what it has read from each chain (cursor, blocks,
-- contracts) and what it decoded (one table per kind of event), plus the one
-- derived table, indexer_balances, kept in step with indexer_transfers by the
-- same statements that insert and delete transfers.
--
-- chain_id is BIGINT here (chain_deployments uses NUMERIC): event tables are
-- the hot path, and EIP-2294 bounds chain ids well inside 64 bits.
--
-- Every event row is keyed by UNIQUE (chain_id, block_number, log_index,
-- block_hash, tx_hash). The block hash fixes the block number, so this is the
-- same uniqueness as (chain, block hash, tx hash, log index) and makes inserts
-- idempotent; leading with block_number lets the same index serve reorg
-- rollbacks (block_number > ancestor) and keyset pagination in chain order.

CREATE TABLE indexer_cursors (
    chain_id          BIGINT      PRIMARY KEY,
    block_number      BIGINT      NOT NULL CHECK (block_number >= 0),
    block_hash        BYTEA       NOT NULL CHECK (octet_length(block_hash) = 32),
    finalized_number  BIGINT      NOT NULL DEFAULT 0 CHECK (finalized_number >= 0),
    head_number       BIGINT      NOT NULL DEFAULT 0 CHECK (head_number >= 0),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON COLUMN indexer_cursors.block_number IS 'newest block indexed; everything at or below it is stored';
COMMENT ON COLUMN indexer_cursors.finalized_number IS 'newest block the node reported final when last asked';

-- Processed blocks. Above the finalized block every block is kept (reorgs are
-- detected and walked back through them); below it only blocks that carry
-- events and the ends of indexed ranges are kept.
CREATE TABLE indexer_blocks (
    chain_id     BIGINT      NOT NULL,
    number       BIGINT      NOT NULL CHECK (number >= 0),
    hash         BYTEA       NOT NULL CHECK (octet_length(hash) = 32),
    parent_hash  BYTEA       NOT NULL CHECK (octet_length(parent_hash) = 32),
    time         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (chain_id, number)
);

-- Contracts being indexed, copied from chain_deployments when first seen.
-- backfill_next is the next block to read while the indexer catches a
-- contract up from its deployment block to the cursor (it was recorded after
-- the indexer passed that block); NULL means the contract follows the cursor.
CREATE TABLE indexer_contracts (
    chain_id       BIGINT NOT NULL,
    address        BYTEA  NOT NULL CHECK (octet_length(address) = 20),
    name           TEXT   NOT NULL,
    contract       TEXT   NOT NULL,
    start_block    BIGINT NOT NULL CHECK (start_block >= 0),
    backfill_next  BIGINT,
    PRIMARY KEY (chain_id, address)
);

CREATE TABLE indexer_transfers (
    chain_id      BIGINT         NOT NULL,
    block_number  BIGINT         NOT NULL,
    log_index     INTEGER        NOT NULL,
    block_hash    BYTEA          NOT NULL,
    tx_hash       BYTEA          NOT NULL,
    token         BYTEA          NOT NULL,
    from_address  BYTEA          NOT NULL,
    to_address    BYTEA          NOT NULL,
    value         NUMERIC(78, 0) NOT NULL CHECK (value >= 0),
    token_id      NUMERIC(78, 0),
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
COMMENT ON COLUMN indexer_transfers.token_id IS 'ERC-721 transfers (deeds): the token moved; value is then 1';
CREATE INDEX indexer_transfers_token ON indexer_transfers (chain_id, token, block_number, log_index);
CREATE INDEX indexer_transfers_from ON indexer_transfers (chain_id, from_address, block_number, log_index);
CREATE INDEX indexer_transfers_to ON indexer_transfers (chain_id, to_address, block_number, log_index);

-- Balances at the cursor: the sum of indexer_transfers per (token, wallet),
-- the zero address left out. Balances at an older block (the finalized view,
-- snapshots) are these minus the transfers above that block.
CREATE TABLE indexer_balances (
    chain_id  BIGINT         NOT NULL,
    token     BYTEA          NOT NULL,
    wallet    BYTEA          NOT NULL,
    balance   NUMERIC(78, 0) NOT NULL,
    PRIMARY KEY (chain_id, token, wallet)
);

CREATE TABLE indexer_mints (
    chain_id      BIGINT         NOT NULL,
    block_number  BIGINT         NOT NULL,
    log_index     INTEGER        NOT NULL,
    block_hash    BYTEA          NOT NULL,
    tx_hash       BYTEA          NOT NULL,
    token         BYTEA          NOT NULL,
    request_id    BYTEA          NOT NULL,
    to_address    BYTEA          NOT NULL,
    amount        NUMERIC(78, 0) NOT NULL,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_mints_token ON indexer_mints (chain_id, token, block_number, log_index);
CREATE INDEX indexer_mints_request ON indexer_mints (chain_id, token, request_id);

CREATE TABLE indexer_burns (
    chain_id      BIGINT         NOT NULL,
    block_number  BIGINT         NOT NULL,
    log_index     INTEGER        NOT NULL,
    block_hash    BYTEA          NOT NULL,
    tx_hash       BYTEA          NOT NULL,
    token         BYTEA          NOT NULL,
    request_id    BYTEA          NOT NULL,
    from_address  BYTEA          NOT NULL,
    amount        NUMERIC(78, 0) NOT NULL,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_burns_token ON indexer_burns (chain_id, token, block_number, log_index);
CREATE INDEX indexer_burns_request ON indexer_burns (chain_id, token, request_id);

-- ERC-7943 forced transfers by an agent (the balance change is also a row of
-- indexer_transfers).
CREATE TABLE indexer_forced_transfers (
    chain_id      BIGINT         NOT NULL,
    block_number  BIGINT         NOT NULL,
    log_index     INTEGER        NOT NULL,
    block_hash    BYTEA          NOT NULL,
    tx_hash       BYTEA          NOT NULL,
    token         BYTEA          NOT NULL,
    from_address  BYTEA          NOT NULL,
    to_address    BYTEA          NOT NULL,
    amount        NUMERIC(78, 0) NOT NULL,
    token_id      NUMERIC(78, 0),
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_forced_transfers_token ON indexer_forced_transfers (chain_id, token, block_number, log_index);

-- ERC-3643 partial freezes: TokensFrozen adds, TokensUnfrozen subtracts; a
-- wallet's frozen amount is the sum.
CREATE TABLE indexer_frozen (
    chain_id      BIGINT         NOT NULL,
    block_number  BIGINT         NOT NULL,
    log_index     INTEGER        NOT NULL,
    block_hash    BYTEA          NOT NULL,
    tx_hash       BYTEA          NOT NULL,
    token         BYTEA          NOT NULL,
    wallet        BYTEA          NOT NULL,
    delta         NUMERIC(78, 0) NOT NULL,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_frozen_wallet ON indexer_frozen (chain_id, token, wallet, block_number);

-- ERC-3643 address freezes; the newest row per wallet is its state.
CREATE TABLE indexer_address_freezes (
    chain_id      BIGINT  NOT NULL,
    block_number  BIGINT  NOT NULL,
    log_index     INTEGER NOT NULL,
    block_hash    BYTEA   NOT NULL,
    tx_hash       BYTEA   NOT NULL,
    token         BYTEA   NOT NULL,
    wallet        BYTEA   NOT NULL,
    frozen        BOOLEAN NOT NULL,
    agent         BYTEA   NOT NULL,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_address_freezes_wallet ON indexer_address_freezes (chain_id, token, wallet, block_number, log_index);

-- ERC-1643 document updates and removals; the newest row per name is its
-- state.
CREATE TABLE indexer_documents (
    chain_id       BIGINT  NOT NULL,
    block_number   BIGINT  NOT NULL,
    log_index      INTEGER NOT NULL,
    block_hash     BYTEA   NOT NULL,
    tx_hash        BYTEA   NOT NULL,
    token          BYTEA   NOT NULL,
    name           BYTEA   NOT NULL,
    uri            TEXT    NOT NULL,
    document_hash  BYTEA   NOT NULL,
    removed        BOOLEAN NOT NULL,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_documents_name ON indexer_documents (chain_id, token, name, block_number, log_index);

-- Valuation feed rounds (AnswerUpdated, with the NewRound of the same
-- transmission for the observation time).
CREATE TABLE indexer_valuations (
    chain_id      BIGINT         NOT NULL,
    block_number  BIGINT         NOT NULL,
    log_index     INTEGER        NOT NULL,
    block_hash    BYTEA          NOT NULL,
    tx_hash       BYTEA          NOT NULL,
    feed          BYTEA          NOT NULL,
    round_id      NUMERIC(78, 0) NOT NULL,
    answer        NUMERIC(78, 0) NOT NULL,
    started_at    TIMESTAMPTZ,
    started_by    BYTEA,
    updated_at    TIMESTAMPTZ    NOT NULL,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_valuations_feed ON indexer_valuations (chain_id, feed, block_number, log_index);

-- Identity registry events. A wallet's identity is its newest registration
-- or removal with the country, expiry and flags updates after it; a wallet
-- stays bound to the investor it was first registered for.
CREATE TABLE indexer_identity_events (
    chain_id      BIGINT         NOT NULL,
    block_number  BIGINT         NOT NULL,
    log_index     INTEGER        NOT NULL,
    block_hash    BYTEA          NOT NULL,
    tx_hash       BYTEA          NOT NULL,
    registry      BYTEA          NOT NULL,
    wallet        BYTEA          NOT NULL,
    kind          TEXT           NOT NULL CHECK (kind IN ('registered', 'removed', 'country', 'expiry', 'flags')),
    investor_id   BYTEA,
    country       INTEGER,
    expiry        NUMERIC(20, 0),
    flags         NUMERIC(78, 0),
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_identity_events_wallet ON indexer_identity_events (chain_id, registry, wallet, block_number, log_index);

CREATE TABLE indexer_distributions (
    chain_id         BIGINT         NOT NULL,
    block_number     BIGINT         NOT NULL,
    log_index        INTEGER        NOT NULL,
    block_hash       BYTEA          NOT NULL,
    tx_hash          BYTEA          NOT NULL,
    distributor      BYTEA          NOT NULL,
    distribution_id  NUMERIC(78, 0) NOT NULL,
    asset            BYTEA          NOT NULL,
    payment_token    BYTEA          NOT NULL,
    issuer           BYTEA          NOT NULL,
    total            NUMERIC(78, 0) NOT NULL,
    merkle_root      BYTEA          NOT NULL,
    snapshot_block   BIGINT         NOT NULL,
    claim_deadline   TIMESTAMPTZ    NOT NULL,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_distributions_id ON indexer_distributions (chain_id, distributor, distribution_id);

-- Claims of distributions; reclaim rows are the issuer taking back what was
-- left unclaimed after the deadline.
CREATE TABLE indexer_claims (
    chain_id         BIGINT         NOT NULL,
    block_number     BIGINT         NOT NULL,
    log_index        INTEGER        NOT NULL,
    block_hash       BYTEA          NOT NULL,
    tx_hash          BYTEA          NOT NULL,
    distributor      BYTEA          NOT NULL,
    distribution_id  NUMERIC(78, 0) NOT NULL,
    account          BYTEA          NOT NULL,
    amount           NUMERIC(78, 0) NOT NULL,
    reclaim          BOOLEAN        NOT NULL,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_claims_distribution ON indexer_claims (chain_id, distributor, distribution_id, block_number, log_index);
CREATE INDEX indexer_claims_account ON indexer_claims (chain_id, account, block_number, log_index);

---- create above / drop below ----

DROP TABLE indexer_claims;
DROP TABLE indexer_distributions;
DROP TABLE indexer_identity_events;
DROP TABLE indexer_valuations;
DROP TABLE indexer_documents;
DROP TABLE indexer_address_freezes;
DROP TABLE indexer_frozen;
DROP TABLE indexer_forced_transfers;
DROP TABLE indexer_burns;
DROP TABLE indexer_mints;
DROP TABLE indexer_balances;
DROP TABLE indexer_transfers;
DROP TABLE indexer_contracts;
DROP TABLE indexer_blocks;
DROP TABLE indexer_cursors;
