-- The proof-of-reserve guard on mints (AssetToken.setReserveGuard, Chainlink's
-- Secure Mint) is one of an asset's rules: the reserve feed (NULL: off), the
-- maximum age of its latest round in seconds, the margin mode and the margin
-- (basis points of the reserve, 1 to 10000, or base units). Versions stored
-- before it have it off.
ALTER TABLE compliance_rules
    ADD COLUMN reserve_feed        TEXT           CHECK (reserve_feed ~ '^0x[0-9a-f]{40}$'),
    ADD COLUMN reserve_max_age     BIGINT         NOT NULL DEFAULT 0 CHECK (reserve_max_age >= 0),
    ADD COLUMN reserve_margin_mode TEXT           NOT NULL DEFAULT 'none' CHECK (reserve_margin_mode IN ('none', 'bps', 'absolute')),
    ADD COLUMN reserve_margin      NUMERIC(78, 0) NOT NULL DEFAULT 0 CHECK (reserve_margin >= 0),
    ADD CONSTRAINT compliance_rules_reserve_guard CHECK (
        CASE WHEN reserve_feed IS NULL
            THEN reserve_max_age = 0 AND reserve_margin_mode = 'none' AND reserve_margin = 0
            ELSE reserve_max_age > 0 AND (reserve_margin_mode = 'none') = (reserve_margin = 0)
                AND (reserve_margin_mode <> 'bps' OR reserve_margin <= 10000)
        END);

---- create above / drop below ----

ALTER TABLE compliance_rules
    DROP CONSTRAINT compliance_rules_reserve_guard,
    DROP COLUMN reserve_margin,
    DROP COLUMN reserve_margin_mode,
    DROP COLUMN reserve_max_age,
    DROP COLUMN reserve_feed;
