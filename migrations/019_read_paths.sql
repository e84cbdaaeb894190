-- Reads answered by one statement each: a wallet set's holdings join
-- balances, assets, the latest valuation, distribution leaves and claims in
-- PostgreSQL instead of looping over assets and distributions in Go.

-- A distribution's leaves as rows, in the order of its tree's values, so a
-- holder's payouts are an index lookup rather than every tree parsed. The
-- tree (issuance_distributions.tree) stays the document anyone recomputes
-- the root from; these rows are written with it, in the same transaction.
CREATE TABLE issuance_distribution_leaves (
    distribution_id  UUID           NOT NULL REFERENCES issuance_distributions (id),
    position         INTEGER        NOT NULL CHECK (position >= 0),
    account          BYTEA          NOT NULL CHECK (octet_length(account) = 20),
    amount           NUMERIC(78, 0) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (distribution_id, position)
);
CREATE UNIQUE INDEX issuance_distribution_leaves_account ON issuance_distribution_leaves (account, distribution_id);

-- Backfilled here from the stored trees, in the migration's transaction:
-- the trees are already in the database, so no process has to run before
-- the reads are right, and a tree that does not parse fails the migration
-- instead of a later read. Each tree is a standard-v1 dump whose values are
-- [address, decimal amount] pairs, as merkle.Tree.MarshalJSON writes them.
INSERT INTO issuance_distribution_leaves (distribution_id, position, account, amount)
SELECT d.id, (v.ord - 1)::integer, decode(substr(v.value -> 'value' ->> 0, 3), 'hex'), (v.value -> 'value' ->> 1)::numeric
FROM issuance_distributions d, jsonb_array_elements(d.tree -> 'values') WITH ORDINALITY AS v(value, ord);

-- Each token's indexed supply (the sum of its indexer_balances), kept in
-- step by statement triggers on indexer_balances, so a holding's share is
-- one row read instead of every holder's balance summed per request.
CREATE TABLE indexer_supplies (
    chain_id  BIGINT         NOT NULL,
    token     BYTEA          NOT NULL,
    supply    NUMERIC(78, 0) NOT NULL,
    PRIMARY KEY (chain_id, token)
);
INSERT INTO indexer_supplies (chain_id, token, supply)
SELECT chain_id, token, sum(balance) FROM indexer_balances GROUP BY chain_id, token;

-- One statement's changes, summed per token: the indexer writes thousands
-- of balances at once, and each token's supply row is written once.
CREATE FUNCTION indexer_supplies_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO indexer_supplies (chain_id, token, supply)
        SELECT chain_id, token, sum(balance) FROM new_rows GROUP BY chain_id, token
        ON CONFLICT (chain_id, token) DO UPDATE SET supply = indexer_supplies.supply + EXCLUDED.supply;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO indexer_supplies (chain_id, token, supply)
        SELECT chain_id, token, sum(amount) FROM (
            SELECT chain_id, token, balance AS amount FROM new_rows
            UNION ALL
            SELECT chain_id, token, -balance FROM old_rows) d
        GROUP BY chain_id, token
        ON CONFLICT (chain_id, token) DO UPDATE SET supply = indexer_supplies.supply + EXCLUDED.supply;
    ELSE
        INSERT INTO indexer_supplies (chain_id, token, supply)
        SELECT chain_id, token, -sum(balance) FROM old_rows GROUP BY chain_id, token
        ON CONFLICT (chain_id, token) DO UPDATE SET supply = indexer_supplies.supply + EXCLUDED.supply;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER indexer_supplies_insert AFTER INSERT ON indexer_balances
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indexer_supplies_apply();
CREATE TRIGGER indexer_supplies_update AFTER UPDATE ON indexer_balances
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indexer_supplies_apply();
CREATE TRIGGER indexer_supplies_delete AFTER DELETE ON indexer_balances
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indexer_supplies_apply();

-- A wallet set's balances across every token.
CREATE INDEX indexer_balances_wallet ON indexer_balances (chain_id, wallet);

-- A ValuationFeed's decimals() as its deployment fixed them (NULL for other
-- contracts): a valuation's scale is read from this record, never assumed.
-- Every ValuationFeed recorded so far was constructed with 8 decimals (the
-- only constructors, tokenizing and the dev suite, pass 8); records saved
-- from now on carry what the feed itself reports.
ALTER TABLE chain_deployments ADD COLUMN decimals SMALLINT CHECK (decimals BETWEEN 0 AND 255);
UPDATE chain_deployments SET decimals = 8 WHERE contract = 'ValuationFeed';
COMMENT ON COLUMN chain_deployments.decimals IS 'a ValuationFeed''s decimals(); NULL for other contracts';

---- create above / drop below ----

ALTER TABLE chain_deployments DROP COLUMN decimals;
DROP INDEX indexer_balances_wallet;
DROP TRIGGER indexer_supplies_delete ON indexer_balances;
DROP TRIGGER indexer_supplies_update ON indexer_balances;
DROP TRIGGER indexer_supplies_insert ON indexer_balances;
DROP FUNCTION indexer_supplies_apply();
DROP TABLE indexer_supplies;
DROP TABLE issuance_distribution_leaves;
