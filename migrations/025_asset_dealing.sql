-- An asset that deals at NAV: the ERC-20 stablecoin it deals in, chosen at
-- creation and verified with the asset (so never changed afterwards: the
-- trigger below refuses it), the payment token's decimals read when
-- tokenizing, and the Dealing contract tokenizing gives it.
ALTER TABLE issuance_assets
    ADD COLUMN dealing_payment_token    BYTEA    CHECK (octet_length(dealing_payment_token) = 20),
    ADD COLUMN dealing_payment_decimals SMALLINT CHECK (dealing_payment_decimals BETWEEN 0 AND 36),
    ADD COLUMN dealing                  BYTEA    CHECK (octet_length(dealing) = 20),
    -- Units that change hands only between investors (a building, a work
    -- of art, any unique asset) never deal at NAV.
    ADD CONSTRAINT issuance_assets_dealing_kind CHECK (dealing_payment_token IS NULL
        OR (kind IN ('treasury_fund', 'private_credit', 'commodity', 'other') AND NOT is_unique)),
    -- A Dealing contract deals a token, priced by a feed, in the payment token.
    ADD CONSTRAINT issuance_assets_dealing_complete CHECK (dealing IS NULL
        OR (dealing_payment_token IS NOT NULL AND dealing_payment_decimals IS NOT NULL AND token IS NOT NULL AND feed IS NOT NULL));

-- A Dealing contract deals one asset.
CREATE UNIQUE INDEX issuance_assets_dealing ON issuance_assets (chain_id, dealing) WHERE dealing IS NOT NULL;

-- Four eyes: the approver verified the asset with its payment token.
CREATE FUNCTION issuance_assets_payment_token_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.dealing_payment_token IS DISTINCT FROM OLD.dealing_payment_token THEN
        RAISE EXCEPTION 'issuance_assets.dealing_payment_token is fixed at creation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER issuance_assets_payment_token_fixed BEFORE UPDATE OF dealing_payment_token ON issuance_assets
    FOR EACH ROW EXECUTE FUNCTION issuance_assets_payment_token_fixed();

---- create above / drop below ----

DROP TRIGGER issuance_assets_payment_token_fixed ON issuance_assets;
DROP FUNCTION issuance_assets_payment_token_fixed();
DROP INDEX issuance_assets_dealing;
ALTER TABLE issuance_assets
    DROP CONSTRAINT issuance_assets_dealing_complete,
    DROP CONSTRAINT issuance_assets_dealing_kind,
    DROP COLUMN dealing,
    DROP COLUMN dealing_payment_decimals,
    DROP COLUMN dealing_payment_token;
