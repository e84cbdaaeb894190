-- NAV guards in the relay: a value the feed's guards would refuse is not
-- signed; it is recorded here as an alert instead, once per value and
-- round on chain (the relay sees the same value on every pass).
CREATE TABLE oracle_alerts (
    id               BIGSERIAL      PRIMARY KEY,
    asset            TEXT           NOT NULL CHECK (asset <> ''),
    chain_id         NUMERIC(78, 0) NOT NULL,
    feed             BYTEA          NOT NULL CHECK (octet_length(feed) = 20),
    reason           TEXT           NOT NULL CHECK (reason IN ('change_too_large', 'reference_deviation',
                                                               'reference_unavailable', 'feed_paused')),
    proposed         NUMERIC(78, 0) NOT NULL,
    observed_at      TIMESTAMPTZ    NOT NULL,
    previous_answer  NUMERIC(78, 0),
    previous_round   NUMERIC(78, 0) NOT NULL DEFAULT 0, -- 0: the feed had no round
    reference_answer NUMERIC(78, 0),
    detail           TEXT           NOT NULL DEFAULT '',
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX oracle_alerts_once ON oracle_alerts (chain_id, feed, reason, proposed, previous_round);
CREATE INDEX oracle_alerts_asset_id ON oracle_alerts (asset, id);

-- An operator's override of a feed: requested by one principal, decided by
-- an independent one (four-eyes), then written by the relay with
-- transmitOverride through the transaction manager. States: pending →
-- approved → submitted → confirmed | failed, or pending → rejected.
CREATE TABLE oracle_overrides (
    id               BIGSERIAL      PRIMARY KEY,
    asset            TEXT           NOT NULL CHECK (asset <> ''),
    chain_id         NUMERIC(78, 0) NOT NULL,
    feed             BYTEA          NOT NULL CHECK (octet_length(feed) = 20),
    value            NUMERIC(78, 0) NOT NULL,
    observed_at      TIMESTAMPTZ    NOT NULL,
    reason           TEXT           NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    state            TEXT           NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'approved', 'rejected', 'submitted', 'confirmed', 'failed')),
    requested_by     TEXT           NOT NULL CHECK (requested_by <> ''),
    requested_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    decided_by       TEXT           CHECK (decided_by <> requested_by),
    decided_at       TIMESTAMPTZ,
    note             TEXT           CHECK (length(note) <= 1000),
    idempotency_key  TEXT           UNIQUE,
    round_id         NUMERIC(78, 0),
    tx_hash          BYTEA          CHECK (octet_length(tx_hash) = 32),
    block_number     BIGINT,
    error            TEXT,
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CHECK ((state = 'pending') = (decided_by IS NULL)),
    CHECK ((state = 'pending') = (decided_at IS NULL)),
    CHECK ((state IN ('submitted', 'confirmed', 'failed')) = (idempotency_key IS NOT NULL))
);
-- One override of a feed at a time, from request to outcome.
CREATE UNIQUE INDEX oracle_overrides_one_open ON oracle_overrides (chain_id, feed)
    WHERE state IN ('pending', 'approved', 'submitted');
CREATE INDEX oracle_overrides_asset_id ON oracle_overrides (asset, id);

-- Stream: one oracle_alert event per alert.
CREATE FUNCTION stream_oracle_alerts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stream_events (type, asset_id, contract, data)
    VALUES ('oracle_alert', stream_asset_of(NEW.chain_id::bigint, NEW.feed), stream_hex(NEW.feed),
        json_build_object('id', NEW.id, 'asset', NEW.asset, 'chain_id', NEW.chain_id, 'reason', NEW.reason,
            'proposed', NEW.proposed::text, 'observed_at', NEW.observed_at, 'previous', NEW.previous_answer::text,
            'previous_round', NEW.previous_round::text, 'reference', NEW.reference_answer::text, 'detail', NEW.detail));
    PERFORM stream_wake();
    RETURN NULL;
END $$;
CREATE TRIGGER stream_oracle_alerts AFTER INSERT ON oracle_alerts
    FOR EACH ROW EXECUTE FUNCTION stream_oracle_alerts();

---- create above / drop below ----

DROP TRIGGER stream_oracle_alerts ON oracle_alerts;
DROP FUNCTION stream_oracle_alerts();
DROP TABLE oracle_overrides;
DROP TABLE oracle_alerts;
