-- Whether a holder claimed its leaf of a published distribution, asked by
-- every holdings read for each of the wallets' payouts: one entry of this
-- index, found from the wallet. Without it the lookup walked every claim
-- of the account (indexer_claims_account) or, in a cached generic plan,
-- hashed the distributor's every claim.
CREATE INDEX indexer_claims_claimed ON indexer_claims (chain_id, account, distributor, distribution_id) WHERE NOT reclaim;

---- create above / drop below ----

DROP INDEX indexer_claims_claimed;
