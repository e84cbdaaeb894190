-- Once an asset is verified, its documents are what the approver checked:
-- a new or replaced document is only proposed, and becomes current (and is
-- anchored on chain) when a principal independent of the proposer approves
-- it. The content is stored in issuance_blobs as soon as it is proposed.
CREATE TABLE issuance_document_proposals (
    id            BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    asset_id      UUID        NOT NULL REFERENCES issuance_assets (id),
    name          TEXT        NOT NULL CHECK (name ~ '^[a-z0-9_.-]{1,31}$'),
    kind          TEXT        NOT NULL CHECK (length(kind) BETWEEN 1 AND 50),
    sha256        BYTEA       NOT NULL REFERENCES issuance_blobs (sha256),
    proposed_by   TEXT        NOT NULL,
    proposed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    state         TEXT        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    note          TEXT        NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    CHECK ((state = 'pending') = (decided_by IS NULL)),
    CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);
CREATE INDEX issuance_document_proposals_asset ON issuance_document_proposals (asset_id, id);
-- One pending proposal per document name: a second one waits for the first
-- to be decided.
CREATE UNIQUE INDEX issuance_document_proposals_pending ON issuance_document_proposals (asset_id, name) WHERE state = 'pending';

---- create above / drop below ----

DROP TABLE issuance_document_proposals;
