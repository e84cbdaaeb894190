-- Self-service onboarding: KYC providers' signing keys (added and revoked
-- only by an approved four-eyes request), the onboarding policy's
-- versions, each provider subject's one investor, and every attestation
-- accepted, named by its EIP-712 hash so each is used once.

CREATE TABLE compliance_kyc_keys (
    id            BIGSERIAL   PRIMARY KEY,
    provider      TEXT        NOT NULL CHECK (provider ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    signer        TEXT        NOT NULL CHECK (signer ~ '^0x[0-9a-f]{40}$'),
    requested_by  TEXT        NOT NULL,
    added_by      TEXT        NOT NULL,
    added_at      TIMESTAMPTZ NOT NULL,
    revoked_by    TEXT,
    revoked_at    TIMESTAMPTZ,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    CHECK (added_by <> requested_by)
);
-- A signer is an active key of one provider at most.
CREATE UNIQUE INDEX compliance_kyc_keys_active ON compliance_kyc_keys (signer) WHERE revoked_at IS NULL;

CREATE TABLE compliance_kyc_key_requests (
    id             BIGSERIAL   PRIMARY KEY,
    change         TEXT        NOT NULL CHECK (change IN ('add', 'revoke')),
    provider       TEXT        NOT NULL CHECK (provider ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    signer         TEXT        NOT NULL CHECK (signer ~ '^0x[0-9a-f]{40}$'),
    key_id         BIGINT      REFERENCES compliance_kyc_keys (id),
    reason         TEXT        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    state          TEXT        NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'approved', 'rejected')),
    requested_by   TEXT        NOT NULL,
    decided_by     TEXT,
    decision_note  TEXT        NOT NULL DEFAULT '',
    created_at     TIMESTAMPTZ NOT NULL,
    decided_at     TIMESTAMPTZ,
    CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CHECK (change = 'add' OR key_id IS NOT NULL)
);
-- One pending change per signer at a time.
CREATE UNIQUE INDEX compliance_kyc_key_requests_pending ON compliance_kyc_key_requests (signer) WHERE state = 'requested';

-- Every version of the onboarding policy; the highest is in force. tiers
-- is the JSON the policy was set with.
CREATE TABLE compliance_onboarding_policies (
    version     INTEGER     PRIMARY KEY CHECK (version > 0),
    tiers       JSONB       NOT NULL,
    reason      TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

-- One provider's subject is one investor, whatever key signed.
CREATE TABLE compliance_kyc_subjects (
    provider     TEXT        NOT NULL,
    subject      TEXT        NOT NULL CHECK (subject ~ '^0x[0-9a-f]{64}$'),
    investor_id  UUID        NOT NULL REFERENCES compliance_investors (id),
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (provider, subject)
);

CREATE TABLE compliance_onboardings (
    id           BIGSERIAL   PRIMARY KEY,
    hash         TEXT        NOT NULL UNIQUE CHECK (hash ~ '^0x[0-9a-f]{64}$'),
    key_id       BIGINT      NOT NULL REFERENCES compliance_kyc_keys (id),
    provider     TEXT        NOT NULL,
    signer       TEXT        NOT NULL CHECK (signer ~ '^0x[0-9a-f]{40}$'),
    subject      TEXT        NOT NULL CHECK (subject ~ '^0x[0-9a-f]{64}$'),
    wallet       TEXT        NOT NULL CHECK (wallet ~ '^0x[0-9a-f]{40}$'),
    country      CHAR(2)     NOT NULL,
    categories   SMALLINT    NOT NULL CHECK (categories BETWEEN 0 AND 255),
    tier         TEXT        NOT NULL,
    mode         TEXT        NOT NULL CHECK (mode IN ('auto', 'review')),
    why          TEXT        NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL,
    investor_id  UUID        NOT NULL REFERENCES compliance_investors (id),
    joined       BOOLEAN     NOT NULL,
    actor        TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX compliance_onboardings_wallet ON compliance_onboardings (wallet, id);
CREATE INDEX compliance_onboardings_investor ON compliance_onboardings (investor_id);

---- create above / drop below ----

DROP TABLE compliance_onboardings;
DROP TABLE compliance_kyc_subjects;
DROP TABLE compliance_onboarding_policies;
DROP TABLE compliance_kyc_key_requests;
DROP TABLE compliance_kyc_keys;
