-- A distribution is declared by one principal and reaches the chain only
-- when a second, independent principal approves it; it is then paid out of
-- the asset's treasury on the Distributor, never out of the platform
-- signer's own balance, so no ERC-20 approval is sent any more (approve_key
-- stays for the rows that had one). Holders frozen or not verified at the
-- snapshot get no leaf; they are listed in excluded.
ALTER TABLE issuance_distributions
    ADD COLUMN state         TEXT        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
    ADD COLUMN decided_by    TEXT,
    ADD COLUMN decided_at    TIMESTAMPTZ,
    ADD COLUMN decision_note TEXT        NOT NULL DEFAULT '' CHECK (length(decision_note) <= 1000),
    ADD COLUMN excluded      JSONB       NOT NULL DEFAULT '[]',
    ALTER COLUMN approve_key DROP NOT NULL;

-- Distributions published before this migration were declared and funded by
-- one key: their history says so. Those never published stay pending and
-- need an independent approver like any new one.
UPDATE issuance_distributions SET state = 'approved', decided_by = 'system:single-key-before-four-eyes', decided_at = created_at
WHERE onchain_id IS NOT NULL;

ALTER TABLE issuance_distributions
    ADD CONSTRAINT issuance_distributions_decided CHECK ((state = 'pending') = (decided_by IS NULL)),
    ADD CONSTRAINT issuance_distributions_four_eyes CHECK (decided_by IS NULL OR decided_by <> created_by),
    ADD CONSTRAINT issuance_distributions_published_approved CHECK (onchain_id IS NULL OR state = 'approved');

-- Approved distributions not yet published hold part of their asset's
-- treasury: the decision reads them per asset and payment token.
CREATE INDEX issuance_distributions_reserved ON issuance_distributions (asset_id, payment_token) WHERE state = 'approved' AND onchain_id IS NULL;

---- create above / drop below ----

DROP INDEX issuance_distributions_reserved;
UPDATE issuance_distributions SET approve_key = 'issuance:distribution:' || id || ':approve' WHERE approve_key IS NULL;
ALTER TABLE issuance_distributions
    DROP CONSTRAINT issuance_distributions_published_approved,
    DROP CONSTRAINT issuance_distributions_four_eyes,
    DROP CONSTRAINT issuance_distributions_decided,
    ALTER COLUMN approve_key SET NOT NULL,
    DROP COLUMN excluded,
    DROP COLUMN decision_note,
    DROP COLUMN decided_at,
    DROP COLUMN decided_by,
    DROP COLUMN state;
