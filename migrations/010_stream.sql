-- The event stream behind GET /v1/stream and the web UI's live sections:
-- transfers, mints, burns and valuations as the indexer stores them (and
-- their removal when a reorganization takes them back), asset lifecycle
-- changes, mint and burn requests, compliance interventions and compliance
-- log entries. Triggers write the events in the transaction that makes the
-- change, so an event exists exactly when its change committed, whichever
-- process or replica made it.
--
-- Order: events are read in (tx, id) order, and only those whose
-- transaction is older than every transaction still running
-- (tx < pg_snapshot_xmin(pg_current_snapshot())). No event can appear
-- later before one already read, so a reader that remembers the (tx, id)
-- of the last event it saw misses nothing and sees nothing twice, even when
-- transactions commit in another order than they began.

CREATE TABLE stream_events (
    id        BIGSERIAL   NOT NULL,
    tx        XID8        NOT NULL DEFAULT pg_current_xact_id(),
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    type      TEXT        NOT NULL,
    asset_id  UUID,
    contract  TEXT        CHECK (contract ~ '^0x[0-9a-f]{40}$'),
    data      JSON        NOT NULL
);
-- Two indexes only: the indexer writes an event per transfer, and each
-- index costs it throughput. Events are appended in time order, so a BRIN
-- index serves retention.
CREATE UNIQUE INDEX stream_events_order ON stream_events (tx, id);
CREATE INDEX stream_events_at ON stream_events USING brin (at);

-- The newest cursor whose event retention has deleted: a client resuming
-- from before it would miss events, and is told so.
CREATE TABLE stream_horizon (
    one  BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
    tx   XID8    NOT NULL,
    id   BIGINT  NOT NULL
);
INSERT INTO stream_horizon (tx, id) VALUES ('0', 0);

CREATE FUNCTION stream_hex(b BYTEA) RETURNS TEXT IMMUTABLE LANGUAGE sql AS $$
    SELECT '0x' || encode(b, 'hex')
$$;

-- The issuance asset a contract (token, deed or feed) belongs to, if any.
CREATE FUNCTION stream_asset_of(c BIGINT, addr BYTEA) RETURNS UUID STABLE LANGUAGE sql AS $$
    SELECT id FROM issuance_assets
    WHERE chain_id = c AND (token = addr OR feed = addr OR deed = addr) LIMIT 1
$$;

CREATE FUNCTION stream_wake() RETURNS VOID LANGUAGE sql AS $$
    SELECT pg_notify('tessera_stream', '')
$$;

-- Indexer tables: one event per row inserted, and one with "removed": true
-- per row a rollback deletes ("removed": false otherwise). Both triggers of
-- a table name their transition table "changed"; a rollback's events come
-- newest first.
CREATE FUNCTION stream_indexer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n       BIGINT;
    removed BOOLEAN := TG_OP = 'DELETE';
    o       INTEGER := CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END;
BEGIN
    IF TG_TABLE_NAME = 'indexer_transfers' THEN
        -- The indexer writes thousands at once: each token's asset is
        -- looked up once.
        INSERT INTO stream_events (type, asset_id, contract, data)
        SELECT 'transfer', t.asset_id, t.contract,
            json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
                'tx_hash', stream_hex(r.tx_hash), 'from', stream_hex(r.from_address), 'to', stream_hex(r.to_address),
                'value', r.value::text, 'token_id', r.token_id::text, 'removed', removed)
        FROM changed r
        JOIN (SELECT chain_id, token, stream_asset_of(chain_id, token) AS asset_id, stream_hex(token) AS contract
              FROM (SELECT DISTINCT chain_id, token FROM changed) d) t
          ON t.chain_id = r.chain_id AND t.token = r.token
        ORDER BY o * r.block_number, o * r.log_index;
    ELSIF TG_TABLE_NAME = 'indexer_mints' THEN
        INSERT INTO stream_events (type, asset_id, contract, data)
        SELECT 'mint', stream_asset_of(r.chain_id, r.token), stream_hex(r.token),
            json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
                'tx_hash', stream_hex(r.tx_hash), 'request_id', stream_hex(r.request_id), 'to', stream_hex(r.to_address),
                'amount', r.amount::text, 'removed', removed)
        FROM changed r ORDER BY o * r.block_number, o * r.log_index;
    ELSIF TG_TABLE_NAME = 'indexer_burns' THEN
        INSERT INTO stream_events (type, asset_id, contract, data)
        SELECT 'burn', stream_asset_of(r.chain_id, r.token), stream_hex(r.token),
            json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
                'tx_hash', stream_hex(r.tx_hash), 'request_id', stream_hex(r.request_id), 'from', stream_hex(r.from_address),
                'amount', r.amount::text, 'removed', removed)
        FROM changed r ORDER BY o * r.block_number, o * r.log_index;
    ELSE -- indexer_valuations
        INSERT INTO stream_events (type, asset_id, contract, data)
        SELECT 'valuation', stream_asset_of(r.chain_id, r.feed), stream_hex(r.feed),
            json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
                'tx_hash', stream_hex(r.tx_hash), 'round_id', r.round_id::text, 'answer', r.answer::text,
                'updated_at', r.updated_at, 'removed', removed)
        FROM changed r ORDER BY o * r.block_number, o * r.log_index;
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN PERFORM stream_wake(); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stream_transfers_insert AFTER INSERT ON indexer_transfers
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_indexer();
CREATE TRIGGER stream_transfers_delete AFTER DELETE ON indexer_transfers
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_indexer();
CREATE TRIGGER stream_mints_insert AFTER INSERT ON indexer_mints
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_indexer();
CREATE TRIGGER stream_mints_delete AFTER DELETE ON indexer_mints
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_indexer();
CREATE TRIGGER stream_burns_insert AFTER INSERT ON indexer_burns
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_indexer();
CREATE TRIGGER stream_burns_delete AFTER DELETE ON indexer_burns
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_indexer();
CREATE TRIGGER stream_valuations_insert AFTER INSERT ON indexer_valuations
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_indexer();
CREATE TRIGGER stream_valuations_delete AFTER DELETE ON indexer_valuations
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_indexer();

-- Asset lifecycle: every row of the append-only history.
CREATE FUNCTION stream_asset_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stream_events (type, asset_id, contract, data)
    SELECT 'asset', NEW.asset_id, stream_hex(a.token),
        json_build_object('asset_id', NEW.asset_id, 'name', a.name, 'symbol', a.symbol,
            'from_state', NEW.from_state, 'to_state', NEW.to_state, 'actor', NEW.actor)
    FROM issuance_assets a WHERE a.id = NEW.asset_id;
    PERFORM stream_wake();
    RETURN NULL;
END $$;
CREATE TRIGGER stream_asset_events AFTER INSERT ON issuance_asset_events
    FOR EACH ROW EXECUTE FUNCTION stream_asset_events();

-- Mint and burn requests: when one is made and when its state changes.
CREATE FUNCTION stream_requests() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.state = NEW.state THEN
        RETURN NULL;
    END IF;
    INSERT INTO stream_events (type, asset_id, contract, data)
    SELECT 'issuance_request', NEW.asset_id, stream_hex(a.token),
        json_build_object('id', NEW.id, 'asset_id', NEW.asset_id, 'kind', NEW.kind, 'wallet', stream_hex(NEW.wallet),
            'amount', NEW.amount::text, 'state', NEW.state, 'requested_by', NEW.requested_by,
            'decided_by', NEW.decided_by, 'batch_id', NEW.batch_id)
    FROM issuance_assets a WHERE a.id = NEW.asset_id;
    PERFORM stream_wake();
    RETURN NULL;
END $$;
CREATE TRIGGER stream_requests AFTER INSERT OR UPDATE ON issuance_requests
    FOR EACH ROW EXECUTE FUNCTION stream_requests();

-- Compliance interventions: when one is requested and when it is decided.
CREATE FUNCTION stream_interventions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.state = NEW.state THEN
        RETURN NULL;
    END IF;
    INSERT INTO stream_events (type, asset_id, contract, data)
    VALUES ('compliance_intervention',
        (SELECT id FROM issuance_assets WHERE token = decode(substr(NEW.asset, 3), 'hex') LIMIT 1), NEW.asset,
        json_build_object('id', NEW.id, 'kind', NEW.kind, 'wallet', NEW.wallet, 'to_wallet', NEW.to_wallet,
            'amount', NEW.amount::text, 'state', NEW.state, 'requested_by', NEW.requested_by,
            'decided_by', NEW.decided_by));
    PERFORM stream_wake();
    RETURN NULL;
END $$;
CREATE TRIGGER stream_interventions AFTER INSERT OR UPDATE ON compliance_interventions
    FOR EACH ROW EXECUTE FUNCTION stream_interventions();

-- Compliance log entries: what was done, to whom, by whom (the entry's data
-- stays in the log).
CREATE FUNCTION stream_compliance_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stream_events (type, data)
    VALUES ('compliance', json_build_object('seq', NEW.seq, 'action', NEW.action, 'subject', NEW.subject,
        'actor', NEW.actor, 'at', NEW.at));
    PERFORM stream_wake();
    RETURN NULL;
END $$;
CREATE TRIGGER stream_compliance_log AFTER INSERT ON compliance_log
    FOR EACH ROW EXECUTE FUNCTION stream_compliance_log();

---- create above / drop below ----

DROP TRIGGER stream_compliance_log ON compliance_log;
DROP FUNCTION stream_compliance_log();
DROP TRIGGER stream_interventions ON compliance_interventions;
DROP FUNCTION stream_interventions();
DROP TRIGGER stream_requests ON issuance_requests;
DROP FUNCTION stream_requests();
DROP TRIGGER stream_asset_events ON issuance_asset_events;
DROP FUNCTION stream_asset_events();
DROP TRIGGER stream_valuations_insert ON indexer_valuations;
DROP TRIGGER stream_valuations_delete ON indexer_valuations;
DROP TRIGGER stream_mints_insert ON indexer_mints;
DROP TRIGGER stream_mints_delete ON indexer_mints;
DROP TRIGGER stream_burns_insert ON indexer_burns;
DROP TRIGGER stream_burns_delete ON indexer_burns;
DROP TRIGGER stream_transfers_insert ON indexer_transfers;
DROP TRIGGER stream_transfers_delete ON indexer_transfers;
DROP FUNCTION stream_indexer();
DROP FUNCTION stream_wake();
DROP FUNCTION stream_asset_of(BIGINT, BYTEA);
DROP FUNCTION stream_hex(BYTEA);
DROP TABLE stream_horizon;
DROP TABLE stream_events;
