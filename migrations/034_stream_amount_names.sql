-- Every amount on the wire names its unit (api package doc): the stream's
-- amounts are base units, so their keys say so, as the API's fields do
-- (value_base, amount_base, result_base, fee_base). Feed answers and the
-- oracle alert's values stay fixed-point numbers of the feed's decimals.
-- Events already stored are renamed too, so a client resuming from an old
-- cursor reads one schema (their JSON text is rewritten: keys reordered,
-- values kept).
CREATE OR REPLACE FUNCTION stream_indexer() RETURNS trigger LANGUAGE plpgsql AS $$
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
                'value_base', r.value::text, 'token_id', r.token_id::text, 'removed', removed)
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
                'amount_base', r.amount::text, 'removed', removed)
        FROM changed r ORDER BY o * r.block_number, o * r.log_index;
    ELSIF TG_TABLE_NAME = 'indexer_burns' THEN
        INSERT INTO stream_events (type, asset_id, contract, data)
        SELECT 'burn', stream_asset_of(r.chain_id, r.token), stream_hex(r.token),
            json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
                'tx_hash', stream_hex(r.tx_hash), 'request_id', stream_hex(r.request_id), 'from', stream_hex(r.from_address),
                'amount_base', r.amount::text, 'removed', removed)
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

CREATE OR REPLACE FUNCTION stream_requests() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.state = NEW.state THEN
        RETURN NULL;
    END IF;
    INSERT INTO stream_events (type, asset_id, contract, data)
    SELECT 'issuance_request', NEW.asset_id, stream_hex(a.token),
        json_build_object('id', NEW.id, 'asset_id', NEW.asset_id, 'kind', NEW.kind, 'wallet', stream_hex(NEW.wallet),
            'amount_base', NEW.amount::text, 'state', NEW.state, 'requested_by', NEW.requested_by,
            'decided_by', NEW.decided_by, 'batch_id', NEW.batch_id)
    FROM issuance_assets a WHERE a.id = NEW.asset_id;
    PERFORM stream_wake();
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stream_interventions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.state = NEW.state THEN
        RETURN NULL;
    END IF;
    INSERT INTO stream_events (type, asset_id, contract, data)
    VALUES ('compliance_intervention',
        (SELECT id FROM issuance_assets WHERE token = decode(substr(NEW.asset, 3), 'hex') LIMIT 1), NEW.asset,
        json_build_object('id', NEW.id, 'kind', NEW.kind, 'wallet', NEW.wallet, 'to_wallet', NEW.to_wallet,
            'amount_base', NEW.amount::text, 'state', NEW.state, 'requested_by', NEW.requested_by,
            'decided_by', NEW.decided_by));
    PERFORM stream_wake();
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION stream_dealing() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n       BIGINT;
    removed BOOLEAN := TG_OP = 'DELETE';
    o       INTEGER := CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END;
BEGIN
    INSERT INTO stream_events (type, asset_id, contract, data)
    SELECT 'dealing', stream_asset_of(r.chain_id, r.dealing), stream_hex(r.dealing),
        json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
            'tx_hash', stream_hex(r.tx_hash), 'kind', r.kind, 'request_id', r.request_id::text,
            'controller', stream_hex(r.controller), 'owner', stream_hex(r.owner), 'amount_base', r.amount::text,
            'result_base', r.result::text, 'fee_base', r.fee::text, 'round_id', r.round_id::text, 'cutoff', r.cutoff,
            'removed', removed)
    FROM changed r ORDER BY o * r.block_number, o * r.log_index;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN PERFORM stream_wake(); END IF;
    RETURN NULL;
END $$;

-- One pass over the events, whatever their number.
UPDATE stream_events SET data = (CASE type
    WHEN 'transfer' THEN ((data::jsonb) - 'value') || jsonb_build_object('value_base', data::jsonb -> 'value')
    WHEN 'mint' THEN ((data::jsonb) - 'amount') || jsonb_build_object('amount_base', data::jsonb -> 'amount')
    WHEN 'burn' THEN ((data::jsonb) - 'amount') || jsonb_build_object('amount_base', data::jsonb -> 'amount')
    WHEN 'issuance_request' THEN ((data::jsonb) - 'amount') || jsonb_build_object('amount_base', data::jsonb -> 'amount')
    WHEN 'compliance_intervention' THEN ((data::jsonb) - 'amount') || jsonb_build_object('amount_base', data::jsonb -> 'amount')
    WHEN 'dealing' THEN ((((((data::jsonb) - 'amount') || jsonb_build_object('amount_base', data::jsonb -> 'amount')) - 'result') || jsonb_build_object('result_base', data::jsonb -> 'result')) - 'fee') || jsonb_build_object('fee_base', data::jsonb -> 'fee')
    END)::json
WHERE (type = 'transfer' AND data::jsonb ? 'value')
   OR (type = 'mint' AND data::jsonb ? 'amount')
   OR (type = 'burn' AND data::jsonb ? 'amount')
   OR (type = 'issuance_request' AND data::jsonb ? 'amount')
   OR (type = 'compliance_intervention' AND data::jsonb ? 'amount')
   OR (type = 'dealing' AND data::jsonb ? 'amount' AND data::jsonb ? 'result' AND data::jsonb ? 'fee');

---- create above / drop below ----

CREATE OR REPLACE FUNCTION stream_indexer() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION stream_requests() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION stream_interventions() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION stream_dealing() RETURNS trigger LANGUAGE plpgsql AS $$
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

-- One pass over the events, whatever their number.
UPDATE stream_events SET data = (CASE type
    WHEN 'transfer' THEN ((data::jsonb) - 'value_base') || jsonb_build_object('value', data::jsonb -> 'value_base')
    WHEN 'mint' THEN ((data::jsonb) - 'amount_base') || jsonb_build_object('amount', data::jsonb -> 'amount_base')
    WHEN 'burn' THEN ((data::jsonb) - 'amount_base') || jsonb_build_object('amount', data::jsonb -> 'amount_base')
    WHEN 'issuance_request' THEN ((data::jsonb) - 'amount_base') || jsonb_build_object('amount', data::jsonb -> 'amount_base')
    WHEN 'compliance_intervention' THEN ((data::jsonb) - 'amount_base') || jsonb_build_object('amount', data::jsonb -> 'amount_base')
    WHEN 'dealing' THEN ((((((data::jsonb) - 'amount_base') || jsonb_build_object('amount', data::jsonb -> 'amount_base')) - 'result_base') || jsonb_build_object('result', data::jsonb -> 'result_base')) - 'fee_base') || jsonb_build_object('fee', data::jsonb -> 'fee_base')
    END)::json
WHERE (type = 'transfer' AND data::jsonb ? 'value_base')
   OR (type = 'mint' AND data::jsonb ? 'amount_base')
   OR (type = 'burn' AND data::jsonb ? 'amount_base')
   OR (type = 'issuance_request' AND data::jsonb ? 'amount_base')
   OR (type = 'compliance_intervention' AND data::jsonb ? 'amount_base')
   OR (type = 'dealing' AND data::jsonb ? 'amount_base' AND data::jsonb ? 'result_base' AND data::jsonb ? 'fee_base');
