-- The oracle: who may sign valuations, every observation with its source and
-- raw payload, and every update the relay decided to write to a feed, linked
-- to the observations behind it.

-- Signers registered to value one asset (appraisers, fund administrators).
CREATE TABLE oracle_appraisers (
    address     BYTEA       NOT NULL CHECK (octet_length(address) = 20),
    asset       TEXT        NOT NULL CHECK (asset <> ''),
    name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ,
    PRIMARY KEY (address, asset)
);

-- Nonces of signed submissions: each is accepted once per signer, forever.
CREATE TABLE oracle_nonces (
    signer   BYTEA          NOT NULL CHECK (octet_length(signer) = 20),
    nonce    NUMERIC(78, 0) NOT NULL CHECK (nonce >= 0),
    used_at  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (signer, nonce)
);

CREATE TABLE oracle_observations (
    id           BIGSERIAL      PRIMARY KEY,
    asset        TEXT           NOT NULL,
    source       TEXT           NOT NULL,
    kind         TEXT           NOT NULL CHECK (kind IN ('signed', 'http', 'csv')),
    value        NUMERIC(78, 0) NOT NULL,
    decimals     SMALLINT       NOT NULL CHECK (decimals BETWEEN 0 AND 36),
    observed_at  TIMESTAMPTZ    NOT NULL,
    received_at  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    signer       BYTEA          CHECK (octet_length(signer) = 20),
    nonce        NUMERIC(78, 0),
    raw          BYTEA          NOT NULL,
    CHECK ((kind = 'signed') = (signer IS NOT NULL AND nonce IS NOT NULL)),
    -- Also the index behind "the latest observation of each source".
    UNIQUE (asset, source, observed_at)
);
CREATE INDEX oracle_observations_asset_id ON oracle_observations (asset, id);

COMMENT ON COLUMN oracle_observations.value IS 'scaled by 10^decimals';
COMMENT ON COLUMN oracle_observations.raw IS 'the payload as received: signed message JSON, HTTP body or CSV row';

-- Updates of feeds. A push is stored before it is handed to the transaction
-- manager under idempotency_key, so a crash never writes a round twice; a
-- feed has at most one pending push.
CREATE TABLE oracle_pushes (
    id               BIGSERIAL      PRIMARY KEY,
    asset            TEXT           NOT NULL,
    chain_id         NUMERIC(78, 0) NOT NULL,
    feed             BYTEA          NOT NULL CHECK (octet_length(feed) = 20),
    intended_round   NUMERIC(78, 0) NOT NULL CHECK (intended_round > 0),
    attempt          INTEGER        NOT NULL CHECK (attempt >= 0),
    idempotency_key  TEXT           NOT NULL UNIQUE,
    answer           NUMERIC(78, 0) NOT NULL,
    observed_at      TIMESTAMPTZ    NOT NULL,
    reason           TEXT           NOT NULL CHECK (reason IN ('first_round', 'deviation', 'heartbeat')),
    previous_answer  NUMERIC(78, 0),
    calldata         BYTEA          NOT NULL,
    state            TEXT           NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'failed')),
    round_id         NUMERIC(78, 0),
    tx_hash          BYTEA          CHECK (octet_length(tx_hash) = 32),
    block_number     BIGINT,
    gas_used         BIGINT,
    error            TEXT,
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (chain_id, feed, intended_round, attempt)
);
CREATE UNIQUE INDEX oracle_pushes_one_pending ON oracle_pushes (chain_id, feed) WHERE state = 'pending';
CREATE INDEX oracle_pushes_asset_id ON oracle_pushes (asset, id);

-- The observations behind a push: the ones its answer is the median of
-- (used) and the outliers discarded (rejected).
CREATE TABLE oracle_push_observations (
    push_id         BIGINT NOT NULL REFERENCES oracle_pushes (id) ON DELETE CASCADE,
    observation_id  BIGINT NOT NULL REFERENCES oracle_observations (id),
    role            TEXT   NOT NULL CHECK (role IN ('used', 'rejected')),
    PRIMARY KEY (push_id, observation_id)
);
CREATE INDEX oracle_push_observations_observation ON oracle_push_observations (observation_id);

---- create above / drop below ----

DROP TABLE oracle_push_observations;
DROP TABLE oracle_pushes;
DROP TABLE oracle_observations;
DROP TABLE oracle_nonces;
DROP TABLE oracle_appraisers;
