-- The stream carries a Dealing contract's events (docs/stream.md,
-- "dealing"): requests, cancellations, pricing, fulfilment, claims and the
-- instant facility, as the indexer stores them, and again with
-- "removed": true when a rollback deletes them. An asset's Dealing
-- contract belongs to it like its token, deed and feed.

CREATE OR REPLACE FUNCTION stream_asset_of(c BIGINT, addr BYTEA) RETURNS UUID STABLE LANGUAGE sql AS $$
    SELECT id FROM issuance_assets
    WHERE chain_id = c AND (token = addr OR feed = addr OR deed = addr OR dealing = addr) LIMIT 1
$$;

CREATE FUNCTION stream_dealing() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n       BIGINT;
    removed BOOLEAN := TG_OP = 'DELETE';
    o       INTEGER := CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END;
BEGIN
    INSERT INTO stream_events (type, asset_id, contract, data)
    SELECT 'dealing', stream_asset_of(r.chain_id, r.dealing), stream_hex(r.dealing),
        json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
            'tx_hash', stream_hex(r.tx_hash), 'kind', r.kind, 'request_id', r.request_id::text,
            'controller', stream_hex(r.controller), 'owner', stream_hex(r.owner), 'amount', r.amount::text,
            'result', r.result::text, 'fee', r.fee::text, 'round_id', r.round_id::text, 'cutoff', r.cutoff,
            'removed', removed)
    FROM changed r ORDER BY o * r.block_number, o * r.log_index;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN PERFORM stream_wake(); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stream_dealing_insert AFTER INSERT ON indexer_dealing_events
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_dealing();
CREATE TRIGGER stream_dealing_delete AFTER DELETE ON indexer_dealing_events
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_dealing();

---- create above / drop below ----

DROP TRIGGER stream_dealing_delete ON indexer_dealing_events;
DROP TRIGGER stream_dealing_insert ON indexer_dealing_events;
DROP FUNCTION stream_dealing();
CREATE OR REPLACE FUNCTION stream_asset_of(c BIGINT, addr BYTEA) RETURNS UUID STABLE LANGUAGE sql AS $$
    SELECT id FROM issuance_assets
    WHERE chain_id = c AND (token = addr OR feed = addr OR deed = addr) LIMIT 1
$$;
