-- Issuance: assets and their lifecycle history, content-addressed documents,
-- mint and burn requests with four-eyes approval, distributions.

CREATE TABLE issuance_assets (
    id            UUID        PRIMARY KEY,
    kind          TEXT        NOT NULL CHECK (kind IN ('real_estate', 'treasury_fund', 'commodity', 'private_credit', 'art', 'other')),
    name          TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    symbol        TEXT        NOT NULL CHECK (symbol ~ '^[A-Z0-9]{1,11}$'),
    jurisdiction  TEXT        NOT NULL CHECK (length(jurisdiction) BETWEEN 2 AND 10),
    currency      TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    total_units   NUMERIC(78, 0) NOT NULL CHECK (total_units > 0),
    decimals      SMALLINT    NOT NULL CHECK (decimals BETWEEN 0 AND 18),
    is_unique     BOOLEAN     NOT NULL,
    attributes    JSONB       NOT NULL DEFAULT '{}',
    rules         JSONB       NOT NULL DEFAULT '{}',
    state         TEXT        NOT NULL CHECK (state IN ('draft', 'submitted', 'verified', 'tokenized', 'active', 'redeemed', 'retired')),
    created_by    TEXT        NOT NULL,
    verified_by   TEXT,
    verified_at   TIMESTAMPTZ,
    chain_id      NUMERIC(78, 0),
    token         BYTEA       CHECK (octet_length(token) = 20),
    feed          BYTEA       CHECK (octet_length(feed) = 20),
    deed          BYTEA       CHECK (octet_length(deed) = 20),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX issuance_assets_token ON issuance_assets (chain_id, token) WHERE token IS NOT NULL;

-- Append-only: every state change of an asset, who made it and when.
CREATE TABLE issuance_asset_events (
    id          BIGSERIAL   PRIMARY KEY,
    asset_id    UUID        NOT NULL REFERENCES issuance_assets (id),
    from_state  TEXT,
    to_state    TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    note        TEXT        NOT NULL DEFAULT '',
    at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX issuance_asset_events_asset ON issuance_asset_events (asset_id, id);

CREATE FUNCTION issuance_asset_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'issuance_asset_events is append-only';
END $$;
CREATE TRIGGER issuance_asset_events_append_only BEFORE UPDATE OR DELETE ON issuance_asset_events
    FOR EACH ROW EXECUTE FUNCTION issuance_asset_events_append_only();

-- File contents, stored once per SHA-256.
CREATE TABLE issuance_blobs (
    sha256        BYTEA       PRIMARY KEY CHECK (octet_length(sha256) = 32),
    content_type  TEXT        NOT NULL,
    size          INTEGER     NOT NULL CHECK (size > 0),
    content       BYTEA       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- An asset's documents by name (ERC-1643: one current document per name).
CREATE TABLE issuance_documents (
    asset_id      UUID        NOT NULL REFERENCES issuance_assets (id),
    name          TEXT        NOT NULL CHECK (name ~ '^[a-z0-9_.-]{1,31}$'),
    kind          TEXT        NOT NULL CHECK (length(kind) BETWEEN 1 AND 50),
    sha256        BYTEA       NOT NULL REFERENCES issuance_blobs (sha256),
    uploaded_by   TEXT        NOT NULL,
    anchor_key    TEXT,       -- transaction manager idempotency key of setDocument
    uploaded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (asset_id, name)
);

-- Mint and burn requests. A request reaches the chain only once approved
-- by another key; its tx_key is the transaction manager's idempotency key.
CREATE TABLE issuance_requests (
    id            UUID        PRIMARY KEY,
    asset_id      UUID        NOT NULL REFERENCES issuance_assets (id),
    kind          TEXT        NOT NULL CHECK (kind IN ('mint', 'burn')),
    wallet        BYTEA       NOT NULL CHECK (octet_length(wallet) = 20),
    amount        NUMERIC(78, 0) NOT NULL CHECK (amount > 0),
    locked_until  TIMESTAMPTZ,
    reason        TEXT        NOT NULL DEFAULT '',
    batch_id      UUID,
    request_key   TEXT        UNIQUE, -- the API idempotency key that created it
    state         TEXT        NOT NULL CHECK (state IN ('pending', 'approved', 'rejected')),
    requested_by  TEXT        NOT NULL,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT        NOT NULL DEFAULT '',
    tx_key        TEXT        UNIQUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((state = 'pending') = (decided_by IS NULL)),
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX issuance_requests_asset ON issuance_requests (asset_id, created_at, id);
CREATE INDEX issuance_requests_batch ON issuance_requests (batch_id) WHERE batch_id IS NOT NULL;

-- Distributions: the leaves are the whole payout list, so anyone can
-- recompute the Merkle root.
CREATE TABLE issuance_distributions (
    id              UUID        PRIMARY KEY,
    asset_id        UUID        NOT NULL REFERENCES issuance_assets (id),
    payment_token   BYTEA       NOT NULL CHECK (octet_length(payment_token) = 20),
    total           NUMERIC(78, 0) NOT NULL CHECK (total > 0),
    snapshot_block  BIGINT      NOT NULL CHECK (snapshot_block >= 0),
    claim_deadline  TIMESTAMPTZ NOT NULL,
    merkle_root     BYTEA       NOT NULL CHECK (octet_length(merkle_root) = 32),
    tree            JSONB       NOT NULL,
    remainder_to    BYTEA       NOT NULL CHECK (octet_length(remainder_to) = 20),
    remainder       NUMERIC(78, 0) NOT NULL CHECK (remainder >= 0),
    created_by      TEXT        NOT NULL,
    approve_key     TEXT        NOT NULL UNIQUE,
    publish_key     TEXT        NOT NULL UNIQUE,
    onchain_id      NUMERIC(78, 0),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX issuance_distributions_asset ON issuance_distributions (asset_id, created_at);

---- create above / drop below ----

DROP TABLE issuance_distributions;
DROP TABLE issuance_requests;
DROP TABLE issuance_documents;
DROP TABLE issuance_blobs;
DROP TABLE issuance_asset_events;
DROP FUNCTION issuance_asset_events_append_only();
DROP TABLE issuance_assets;
