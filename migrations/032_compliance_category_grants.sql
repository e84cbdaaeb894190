-- Investor categories held until a date: the terms (expiry, and the hash
-- of the evidence: an accreditation letter, a KYC provider's attestation)
-- on which an investor holds a category its flags carry, written to the
-- identity registry with setCategory. A category of the flags without a
-- row here is held without expiry.
CREATE TABLE compliance_investor_categories (
    investor_id  UUID        NOT NULL REFERENCES compliance_investors (id),
    category     SMALLINT    NOT NULL CHECK (category BETWEEN 0 AND 7),
    expires_at   TIMESTAMPTZ NOT NULL,
    proof        BYTEA       CHECK (length(proof) = 32), -- NULL: none
    PRIMARY KEY (investor_id, category)
);

CREATE INDEX compliance_investor_categories_expiry ON compliance_investor_categories (expires_at);

-- Categories whose expiry passed: the sweep drops them from the investor
-- (flag and terms) and keeps them here until the registry no longer holds
-- them for any of the investor's wallets (expireCategories).
CREATE TABLE compliance_category_lapses (
    id           BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    investor_id  UUID        NOT NULL REFERENCES compliance_investors (id),
    category     SMALLINT    NOT NULL CHECK (category BETWEEN 0 AND 7),
    expires_at   TIMESTAMPTZ NOT NULL,
    proof        BYTEA       CHECK (length(proof) = 32),
    lapsed_at    TIMESTAMPTZ NOT NULL,
    cleared_at   TIMESTAMPTZ
);

CREATE INDEX compliance_category_lapses_pending ON compliance_category_lapses (id) WHERE cleared_at IS NULL;

---- create above / drop below ----

DROP TABLE compliance_category_lapses;
DROP TABLE compliance_investor_categories;
