-- A valuation feed values one asset: two assets sharing a feed would take
-- each other's price (holdings, the token's valuation guard). Registering
-- an existing token with a feed another asset already uses is refused
-- (feed_taken); this index makes that hold under concurrent requests.
CREATE UNIQUE INDEX issuance_assets_feed ON issuance_assets (chain_id, feed) WHERE feed IS NOT NULL;

---- create above / drop below ----

DROP INDEX issuance_assets_feed;
