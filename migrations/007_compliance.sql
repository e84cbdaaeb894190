-- Compliance: investors and their KYC, the wallets they proved to control,
-- per-asset rules with their history, four-eyes interventions, reconciliation
-- runs, and the tamper-evident log of every compliance change. Personal data
-- stays here; only investor id, country, KYC expiry and flags go on chain.

CREATE TABLE compliance_investors (
    id               UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
    legal_name       TEXT        NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 200),
    type             TEXT        NOT NULL CHECK (type IN ('person', 'entity')),
    country          CHAR(2)     NOT NULL,
    country_numeric  SMALLINT    NOT NULL CHECK (country_numeric BETWEEN 1 AND 999),
    flags            SMALLINT    NOT NULL DEFAULT 0 CHECK (flags BETWEEN 0 AND 255),
    kyc_status       TEXT        NOT NULL DEFAULT 'pending' CHECK (kyc_status IN ('pending', 'approved', 'rejected', 'expired')),
    kyc_provider     TEXT        NOT NULL DEFAULT '',
    kyc_reference    TEXT        NOT NULL DEFAULT '',
    kyc_expires_at   TIMESTAMPTZ,
    -- Bumped on every change that may alter the on-chain identity: it is part
    -- of the idempotency keys of the registry writes.
    version          INTEGER     NOT NULL DEFAULT 1,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (kyc_status <> 'approved' OR kyc_expires_at IS NOT NULL)
);

-- A wallet belongs to one investor only, for good (the registry binds it too).
CREATE TABLE compliance_wallets (
    address      TEXT        PRIMARY KEY CHECK (address ~ '^0x[0-9a-f]{40}$'),
    investor_id  UUID        NOT NULL REFERENCES compliance_investors (id),
    status       TEXT        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lost')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX compliance_wallets_investor ON compliance_wallets (investor_id);

-- Server-issued proof-of-control challenges, each usable once before it expires.
CREATE TABLE compliance_challenges (
    id           BIGSERIAL   PRIMARY KEY,
    investor_id  UUID        NOT NULL REFERENCES compliance_investors (id),
    address      TEXT        NOT NULL CHECK (address ~ '^0x[0-9a-f]{40}$'),
    message      TEXT        NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    used_at      TIMESTAMPTZ
);

-- Every version of an asset's rules; the highest version is in force.
CREATE TABLE compliance_rules (
    asset                TEXT           NOT NULL CHECK (asset ~ '^0x[0-9a-f]{40}$'),
    version              INTEGER        NOT NULL CHECK (version > 0),
    country_restriction  BOOLEAN        NOT NULL,
    allowed_countries    TEXT[]         NOT NULL,
    max_investors        INTEGER        CHECK (max_investors > 0),
    max_balance          NUMERIC(78, 0) CHECK (max_balance > 0),
    required_flags       SMALLINT       NOT NULL CHECK (required_flags BETWEEN 0 AND 255),
    lockup_seconds       BIGINT         NOT NULL CHECK (lockup_seconds >= 0),
    valuation_feed       TEXT           CHECK (valuation_feed ~ '^0x[0-9a-f]{40}$'),
    valuation_max_age    BIGINT         NOT NULL CHECK (valuation_max_age >= 0),
    reason               TEXT           NOT NULL,
    actor                TEXT           NOT NULL,
    created_at           TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (asset, version)
);

-- Interventions: requested by one key, approved (or rejected) by another.
CREATE TABLE compliance_interventions (
    id            BIGSERIAL      PRIMARY KEY,
    kind          TEXT           NOT NULL CHECK (kind IN ('freeze', 'unfreeze', 'freeze_partial', 'unfreeze_partial', 'forced_transfer', 'recovery')),
    asset         TEXT           NOT NULL CHECK (asset ~ '^0x[0-9a-f]{40}$'),
    wallet        TEXT           NOT NULL CHECK (wallet ~ '^0x[0-9a-f]{40}$'),
    to_wallet     TEXT           CHECK (to_wallet ~ '^0x[0-9a-f]{40}$'),
    amount        NUMERIC(78, 0) CHECK (amount > 0),
    reason        TEXT           NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    state         TEXT           NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'approved', 'rejected')),
    requested_by  TEXT           NOT NULL,
    decided_by    TEXT,
    decision_note TEXT           NOT NULL DEFAULT '',
    tx_key        TEXT,
    created_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    decided_at    TIMESTAMPTZ,
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);

CREATE TABLE compliance_reconciliations (
    id          BIGSERIAL   PRIMARY KEY,
    started_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    report      TEXT
);

-- The tamper-evident log: hash = SHA-256 of the entry's canonical encoding,
-- which includes prev_hash, the hash of the entry before it. data is the
-- exact JSON that was hashed (TEXT, not JSONB, which would re-encode it).
CREATE TABLE compliance_log (
    seq        BIGINT      PRIMARY KEY CHECK (seq > 0),
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT        NOT NULL,
    action     TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    data       TEXT        NOT NULL,
    prev_hash  BYTEA       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash       BYTEA       NOT NULL CHECK (octet_length(hash) = 32)
);

---- create above / drop below ----

DROP TABLE compliance_log;
DROP TABLE compliance_reconciliations;
DROP TABLE compliance_interventions;
DROP TABLE compliance_rules;
DROP TABLE compliance_challenges;
DROP TABLE compliance_wallets;
DROP TABLE compliance_investors;
