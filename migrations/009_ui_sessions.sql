-- Web UI: browser sessions (investors signed in with their wallet, operators
-- with an API key) and the one-time nonces of Sign-In with Ethereum.

CREATE TABLE ui_sessions (
    token_hash  BYTEA       PRIMARY KEY CHECK (octet_length(token_hash) = 32), -- SHA-256 of the cookie value
    kind        TEXT        NOT NULL CHECK (kind IN ('investor', 'operator')),
    subject     TEXT        NOT NULL, -- checksummed wallet, or API key id
    name        TEXT        NOT NULL DEFAULT '',
    scopes      TEXT[]      NOT NULL DEFAULT '{}',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX ui_sessions_expires ON ui_sessions (expires_at);

CREATE TABLE ui_siwe_nonces (
    nonce       TEXT        PRIMARY KEY CHECK (nonce ~ '^[A-Za-z0-9]{8,64}$'),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL
);

---- create above / drop below ----

DROP TABLE ui_siwe_nonces;
DROP TABLE ui_sessions;
