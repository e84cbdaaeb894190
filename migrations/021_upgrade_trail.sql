-- The upgrade trail: what the TimelockController that alone upgrades
-- Tessera's proxies scheduled, executed and cancelled, its minimum delay
-- changes, and every ERC-1967 Upgraded event of a recorded proxy. Event
-- tables like those of 004_indexer.sql (keyed and rolled back the same
-- way), and stream events written by triggers like those of 010_stream.sql.

-- One row per call of an operation, as scheduled (CallScheduled) or
-- executed (CallExecuted): a batch operation has one row per call.
CREATE TABLE indexer_timelock_calls (
    chain_id        BIGINT         NOT NULL,
    block_number    BIGINT         NOT NULL,
    log_index       INTEGER        NOT NULL,
    block_hash      BYTEA          NOT NULL,
    tx_hash         BYTEA          NOT NULL,
    timelock        BYTEA          NOT NULL CHECK (octet_length(timelock) = 20),
    operation       BYTEA          NOT NULL CHECK (octet_length(operation) = 32),
    call_index      INTEGER        NOT NULL CHECK (call_index >= 0),
    executed        BOOLEAN        NOT NULL,
    target          BYTEA          NOT NULL CHECK (octet_length(target) = 20),
    value           NUMERIC(78, 0) NOT NULL,
    data            BYTEA          NOT NULL,
    implementation  BYTEA          CHECK (octet_length(implementation) = 20),
    predecessor     BYTEA          CHECK (octet_length(predecessor) = 32),
    delay           NUMERIC(78, 0),
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash),
    CHECK (executed = (delay IS NULL))
);
COMMENT ON COLUMN indexer_timelock_calls.executed IS 'CallExecuted; false: CallScheduled';
COMMENT ON COLUMN indexer_timelock_calls.implementation IS 'the new implementation when data calls upgradeToAndCall(newImplementation, data); NULL for any other call';
COMMENT ON COLUMN indexer_timelock_calls.predecessor IS 'CallScheduled: the operation that must run first; NULL for none or when executed';
COMMENT ON COLUMN indexer_timelock_calls.delay IS 'CallScheduled: seconds from the scheduling block until the operation may run; NULL when executed';
CREATE INDEX indexer_timelock_calls_operation ON indexer_timelock_calls (chain_id, timelock, operation);
CREATE INDEX indexer_timelock_calls_target ON indexer_timelock_calls (chain_id, target, block_number, log_index);

CREATE TABLE indexer_timelock_cancels (
    chain_id      BIGINT  NOT NULL,
    block_number  BIGINT  NOT NULL,
    log_index     INTEGER NOT NULL,
    block_hash    BYTEA   NOT NULL,
    tx_hash       BYTEA   NOT NULL,
    timelock      BYTEA   NOT NULL CHECK (octet_length(timelock) = 20),
    operation     BYTEA   NOT NULL CHECK (octet_length(operation) = 32),
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_timelock_cancels_operation ON indexer_timelock_cancels (chain_id, timelock, operation);

CREATE TABLE indexer_timelock_delays (
    chain_id      BIGINT         NOT NULL,
    block_number  BIGINT         NOT NULL,
    log_index     INTEGER        NOT NULL,
    block_hash    BYTEA          NOT NULL,
    tx_hash       BYTEA          NOT NULL,
    timelock      BYTEA          NOT NULL CHECK (octet_length(timelock) = 20),
    old_delay     NUMERIC(78, 0) NOT NULL,
    new_delay     NUMERIC(78, 0) NOT NULL,
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);

-- ERC-1967 Upgraded events of recorded proxies; the proxy's constructor
-- emits the first.
CREATE TABLE indexer_proxy_upgrades (
    chain_id        BIGINT  NOT NULL,
    block_number    BIGINT  NOT NULL,
    log_index       INTEGER NOT NULL,
    block_hash      BYTEA   NOT NULL,
    tx_hash         BYTEA   NOT NULL,
    proxy           BYTEA   NOT NULL CHECK (octet_length(proxy) = 20),
    implementation  BYTEA   NOT NULL CHECK (octet_length(implementation) = 20),
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
CREATE INDEX indexer_proxy_upgrades_proxy ON indexer_proxy_upgrades (chain_id, proxy, block_number, log_index);

-- The time a scheduled operation may run: its block's time plus its delay
-- (the timelock's own rule), clamped to the end of year 9999.
CREATE FUNCTION stream_ready_at(c BIGINT, block BIGINT, delay NUMERIC) RETURNS TIMESTAMPTZ STABLE LANGUAGE sql AS $$
    SELECT to_timestamp(LEAST(extract(epoch FROM b.time) + delay, 253402300799)::double precision)
    FROM indexer_blocks b WHERE b.chain_id = c AND b.number = block
$$;

-- The deployment record name of an address the indexer follows.
CREATE FUNCTION stream_record_name(c BIGINT, addr BYTEA) RETURNS TEXT STABLE LANGUAGE sql AS $$
    SELECT name FROM indexer_contracts WHERE chain_id = c AND address = addr
$$;

-- Stream events of the trail: one upgrade_scheduled or upgrade_executed per
-- operation (its calls listed in order), one upgrade_cancelled, one
-- upgrade_delay_changed and one contract_upgraded per event; and, as for
-- the other indexer tables, each again with "removed": true when a
-- rollback deletes it.
CREATE FUNCTION stream_upgrades() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n       BIGINT;
    removed BOOLEAN := TG_OP = 'DELETE';
    o       INTEGER := CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END;
BEGIN
    IF TG_TABLE_NAME = 'indexer_timelock_calls' THEN
        INSERT INTO stream_events (type, contract, data)
        SELECT CASE WHEN op.executed THEN 'upgrade_executed' ELSE 'upgrade_scheduled' END, stream_hex(op.timelock),
            json_build_object('chain_id', op.chain_id, 'block_number', op.block_number, 'log_index', op.log_index,
                'tx_hash', stream_hex(op.tx_hash), 'timelock', stream_hex(op.timelock),
                'operation', stream_hex(op.operation), 'calls', op.calls,
                'ready_at', CASE WHEN op.executed THEN NULL ELSE stream_ready_at(op.chain_id, op.block_number, op.delay) END,
                'removed', removed)
        FROM (
            SELECT r.chain_id, r.block_number, min(r.log_index) AS log_index, r.tx_hash, r.timelock, r.operation,
                r.executed, max(r.delay) AS delay,
                json_agg(json_build_object('index', r.call_index, 'target', stream_hex(r.target),
                    'name', stream_record_name(r.chain_id, r.target), 'value', r.value::text,
                    'implementation', stream_hex(r.implementation)) ORDER BY r.call_index) AS calls
            FROM changed r
            GROUP BY r.chain_id, r.block_number, r.tx_hash, r.timelock, r.operation, r.executed
        ) op
        ORDER BY o * op.block_number, o * op.log_index;
    ELSIF TG_TABLE_NAME = 'indexer_timelock_cancels' THEN
        INSERT INTO stream_events (type, contract, data)
        SELECT 'upgrade_cancelled', stream_hex(r.timelock),
            json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
                'tx_hash', stream_hex(r.tx_hash), 'timelock', stream_hex(r.timelock),
                'operation', stream_hex(r.operation), 'removed', removed)
        FROM changed r ORDER BY o * r.block_number, o * r.log_index;
    ELSIF TG_TABLE_NAME = 'indexer_timelock_delays' THEN
        INSERT INTO stream_events (type, contract, data)
        SELECT 'upgrade_delay_changed', stream_hex(r.timelock),
            json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
                'tx_hash', stream_hex(r.tx_hash), 'timelock', stream_hex(r.timelock),
                'old_delay', r.old_delay::text, 'new_delay', r.new_delay::text, 'removed', removed)
        FROM changed r ORDER BY o * r.block_number, o * r.log_index;
    ELSE -- indexer_proxy_upgrades
        INSERT INTO stream_events (type, asset_id, contract, data)
        SELECT 'contract_upgraded', stream_asset_of(r.chain_id, r.proxy), stream_hex(r.proxy),
            json_build_object('chain_id', r.chain_id, 'block_number', r.block_number, 'log_index', r.log_index,
                'tx_hash', stream_hex(r.tx_hash), 'proxy', stream_hex(r.proxy),
                'name', stream_record_name(r.chain_id, r.proxy), 'implementation', stream_hex(r.implementation),
                'removed', removed)
        FROM changed r ORDER BY o * r.block_number, o * r.log_index;
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN PERFORM stream_wake(); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stream_timelock_calls_insert AFTER INSERT ON indexer_timelock_calls
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_upgrades();
CREATE TRIGGER stream_timelock_calls_delete AFTER DELETE ON indexer_timelock_calls
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_upgrades();
CREATE TRIGGER stream_timelock_cancels_insert AFTER INSERT ON indexer_timelock_cancels
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_upgrades();
CREATE TRIGGER stream_timelock_cancels_delete AFTER DELETE ON indexer_timelock_cancels
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_upgrades();
CREATE TRIGGER stream_timelock_delays_insert AFTER INSERT ON indexer_timelock_delays
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_upgrades();
CREATE TRIGGER stream_timelock_delays_delete AFTER DELETE ON indexer_timelock_delays
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_upgrades();
CREATE TRIGGER stream_proxy_upgrades_insert AFTER INSERT ON indexer_proxy_upgrades
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_upgrades();
CREATE TRIGGER stream_proxy_upgrades_delete AFTER DELETE ON indexer_proxy_upgrades
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION stream_upgrades();

---- create above / drop below ----

DROP TRIGGER stream_proxy_upgrades_delete ON indexer_proxy_upgrades;
DROP TRIGGER stream_proxy_upgrades_insert ON indexer_proxy_upgrades;
DROP TRIGGER stream_timelock_delays_delete ON indexer_timelock_delays;
DROP TRIGGER stream_timelock_delays_insert ON indexer_timelock_delays;
DROP TRIGGER stream_timelock_cancels_delete ON indexer_timelock_cancels;
DROP TRIGGER stream_timelock_cancels_insert ON indexer_timelock_cancels;
DROP TRIGGER stream_timelock_calls_delete ON indexer_timelock_calls;
DROP TRIGGER stream_timelock_calls_insert ON indexer_timelock_calls;
DROP FUNCTION stream_upgrades();
DROP FUNCTION stream_record_name(BIGINT, BYTEA);
DROP FUNCTION stream_ready_at(BIGINT, BIGINT, NUMERIC);
DROP TABLE indexer_proxy_upgrades;
DROP TABLE indexer_timelock_delays;
DROP TABLE indexer_timelock_cancels;
DROP TABLE indexer_timelock_calls;
