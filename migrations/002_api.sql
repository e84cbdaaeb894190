-- API keys for the HTTP API. Requests are signed with HMAC-SHA256, so the
-- server needs each secret itself: secrets are stored AES-256-GCM encrypted
-- under the server master key (TESSERA_MASTER_KEY), bound to their key id, so
-- a database dump alone reveals none of them.
CREATE TABLE api_keys (
    id          TEXT        PRIMARY KEY CHECK (id ~ '^tk_[0-9a-f]{20}$'),
    -- seq orders keys for keyset pagination: it only grows.
    seq         BIGINT      GENERATED ALWAYS AS IDENTITY UNIQUE,
    name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    scopes      TEXT[]      NOT NULL CHECK (cardinality(scopes) > 0),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ,
    rotated_at  TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);

-- Every secret a key has had. The current one has valid_until NULL; a
-- rotation gives the previous ones a grace deadline.
CREATE TABLE api_key_secrets (
    key_id      TEXT        NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    version     INTEGER     NOT NULL CHECK (version > 0),
    sealed      BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    valid_until TIMESTAMPTZ,
    PRIMARY KEY (key_id, version)
);

-- Nonces of signed requests, kept until the request's timestamp leaves the
-- window. Shared by every API replica, so a request replayed to another
-- replica is refused too.
CREATE TABLE api_nonces (
    key_id      TEXT        NOT NULL,
    nonce       TEXT        NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (key_id, nonce)
);
CREATE INDEX api_nonces_expires_at ON api_nonces (expires_at);

-- The first response to each (API key, Idempotency-Key), replayed to
-- retries. status IS NULL while the first request is still running;
-- locked_until lets another request take over after a crash.
CREATE TABLE api_idempotency (
    key_id       TEXT        NOT NULL,
    idem_key     TEXT        NOT NULL,
    fingerprint  BYTEA       NOT NULL,
    locked_until TIMESTAMPTZ NOT NULL,
    status       INTEGER,
    content_type TEXT,
    body         BYTEA,        -- sealed under the master key
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (key_id, idem_key)
);
CREATE INDEX api_idempotency_expires_at ON api_idempotency (expires_at);

---- create above / drop below ----

DROP TABLE api_idempotency;
DROP TABLE api_nonces;
DROP TABLE api_key_secrets;
DROP TABLE api_keys;
