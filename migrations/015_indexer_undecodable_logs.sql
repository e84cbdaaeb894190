-- Logs of followed contracts that carry the id of an event the indexer
-- decodes but that its decoder refused (topics or data not shaped as the
-- event declares, or a value no table can hold). The indexer records them
-- here, in the batch's transaction, instead of stopping; a rollback deletes
-- them with the other events of its blocks. Keyed like every event table, so
-- recording one twice is a no-op. Tessera's own contracts never emit one: a
-- row means a followed contract is not what its deployment record says.
CREATE TABLE indexer_undecodable_logs (
    chain_id      BIGINT      NOT NULL,
    block_number  BIGINT      NOT NULL,
    log_index     INTEGER     NOT NULL,
    block_hash    BYTEA       NOT NULL,
    tx_hash       BYTEA       NOT NULL,
    address       BYTEA       NOT NULL CHECK (octet_length(address) = 20),
    contract      TEXT        NOT NULL,
    topics        BYTEA[]     NOT NULL,
    data          BYTEA       NOT NULL,
    error         TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (chain_id, block_number, log_index, block_hash, tx_hash)
);
COMMENT ON COLUMN indexer_undecodable_logs.contract IS 'the deployment''s contract name, whose decoder refused the log';
COMMENT ON COLUMN indexer_undecodable_logs.topics IS 'the log''s topics in order, 32 bytes each, topic 0 first';
CREATE INDEX indexer_undecodable_logs_address ON indexer_undecodable_logs (chain_id, address, block_number, log_index);

---- create above / drop below ----

DROP TABLE indexer_undecodable_logs;
