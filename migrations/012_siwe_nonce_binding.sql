-- A Sign-In with Ethereum nonce is bound to the site (the EIP-4361 domain,
-- from the configured public origin) and the wallet it was issued for: only
-- a message naming both consumes it. Unbound nonces live five minutes at
-- most; they are dropped rather than kept without a binding.
DELETE FROM ui_siwe_nonces;
ALTER TABLE ui_siwe_nonces
    ADD COLUMN domain  TEXT  NOT NULL CHECK (length(domain) BETWEEN 1 AND 255),
    ADD COLUMN address BYTEA NOT NULL CHECK (octet_length(address) = 20);

---- create above / drop below ----

DELETE FROM ui_siwe_nonces;
ALTER TABLE ui_siwe_nonces
    DROP COLUMN address,
    DROP COLUMN domain;
