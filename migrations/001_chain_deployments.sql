-- Every contract Tessera deploys (or registers) on a chain, so that a restart
-- against the same chain reuses the deployment instead of deploying again, and
-- so that the indexer and auditors know which addresses belong to Tessera.
CREATE TABLE chain_deployments (
    chain_id      NUMERIC(78, 0) NOT NULL,
    name          TEXT           NOT NULL,
    contract      TEXT           NOT NULL,
    address       BYTEA          NOT NULL CHECK (octet_length(address) = 20),
    tx_hash       BYTEA          CHECK (octet_length(tx_hash) = 32),
    block_number  BIGINT         CHECK (block_number >= 0),
    block_hash    BYTEA          CHECK (octet_length(block_hash) = 32),
    deployed_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, name),
    UNIQUE (chain_id, address)
);

COMMENT ON COLUMN chain_deployments.name IS 'role of the deployment, e.g. identity-registry or asset:TBILL:token';
COMMENT ON COLUMN chain_deployments.contract IS 'contract name as in contracts/out, e.g. AssetToken';

---- create above / drop below ----

DROP TABLE chain_deployments;
