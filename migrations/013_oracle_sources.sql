-- Oracle sources are registered, never chosen by a caller.
--
-- Imported observations (kind 'csv') are history only: the aggregation the
-- relay pushes reads the live kinds ('signed', 'http') alone, through the
-- partial index below. Every observation stored from now on records the
-- principal that stored it (auth's actor format: "key:tk_…",
-- "system:<name>"); an import's source is "csv:" followed by that actor, so
-- no caller names a source. Rows stored before this migration keep what
-- they have (NOT VALID: checked for new rows only).
ALTER TABLE oracle_observations ADD COLUMN actor TEXT CHECK (actor <> '');
ALTER TABLE oracle_observations ADD CONSTRAINT oracle_observations_import_source
    CHECK (kind <> 'csv' OR (actor IS NOT NULL AND source = 'csv:' || actor)) NOT VALID;
CREATE INDEX oracle_observations_live ON oracle_observations (asset, source, observed_at DESC, id DESC)
    WHERE kind IN ('signed', 'http');

COMMENT ON COLUMN oracle_observations.actor IS 'the principal that stored the row; NULL before migration 013';

-- Registering or revoking an appraiser changes whose signed valuations move
-- a price: one principal requests it, a principal independent of the
-- requester decides it (four-eyes), and only an approval changes
-- oracle_appraisers, in the same transaction.
CREATE TABLE oracle_appraiser_requests (
    id            BIGSERIAL   PRIMARY KEY,
    asset         TEXT        NOT NULL CHECK (asset <> ''),
    address       BYTEA       NOT NULL CHECK (octet_length(address) = 20),
    name          TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    change        TEXT        NOT NULL CHECK (change IN ('register', 'revoke')),
    state         TEXT        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
    requested_by  TEXT        NOT NULL CHECK (requested_by <> ''),
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_by    TEXT        CHECK (decided_by <> requested_by),
    decided_at    TIMESTAMPTZ,
    note          TEXT        CHECK (length(note) <= 1000),
    CHECK ((state = 'pending') = (decided_by IS NULL)),
    CHECK ((state = 'pending') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX oracle_appraiser_requests_one_pending ON oracle_appraiser_requests (asset, address)
    WHERE state = 'pending';
CREATE INDEX oracle_appraiser_requests_asset_id ON oracle_appraiser_requests (asset, id);

-- The approved requests behind a registration; NULL for appraisers
-- registered before registrations needed a second principal.
ALTER TABLE oracle_appraisers
    ADD COLUMN request_id         BIGINT REFERENCES oracle_appraiser_requests (id),
    ADD COLUMN revoked_request_id BIGINT REFERENCES oracle_appraiser_requests (id);

---- create above / drop below ----

ALTER TABLE oracle_appraisers
    DROP COLUMN revoked_request_id,
    DROP COLUMN request_id;
DROP TABLE oracle_appraiser_requests;
DROP INDEX oracle_observations_live;
ALTER TABLE oracle_observations
    DROP CONSTRAINT oracle_observations_import_source,
    DROP COLUMN actor;
