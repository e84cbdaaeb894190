-- One principal model (package auth). Every API key names its owner (the
-- person or service behind it) and its custodians: every owner who has
-- held its secret (the owner, whoever created or rotated it). Four-eyes
-- rules need two principals whose custodians do not meet. Keys made before
-- owners existed each stand for an owner of their own.
ALTER TABLE api_keys
    ADD COLUMN owner      TEXT,
    ADD COLUMN custodians TEXT[];
UPDATE api_keys SET owner = 'key ' || id, custodians = ARRAY['key ' || id];
ALTER TABLE api_keys
    ALTER COLUMN owner SET NOT NULL,
    ALTER COLUMN custodians SET NOT NULL,
    ADD CONSTRAINT api_keys_owner CHECK (length(owner) BETWEEN 1 AND 200),
    ADD CONSTRAINT api_keys_custodians CHECK (owner = ANY (custodians));

-- A UI session stores only a reference to its key: every request resolves
-- the key's current state, so revocation, expiry and rotation end the
-- session at once (rotation and revocation also delete it). Sessions made
-- before this migration held a copy of the scopes; they are ended.
DELETE FROM ui_sessions;
ALTER TABLE ui_sessions
    DROP COLUMN name,
    DROP COLUMN scopes,
    ADD COLUMN key_id TEXT REFERENCES api_keys (id) ON DELETE CASCADE,
    ADD CONSTRAINT ui_sessions_key CHECK ((kind = 'operator') = (key_id IS NOT NULL));
CREATE INDEX ui_sessions_key_id ON ui_sessions (key_id) WHERE key_id IS NOT NULL;

-- One canonical actor format in every history row: "key:<id>" for an API
-- key, "system:<name>" for the server. The web UI recorded bare key ids.
-- (The compliance log is hash-chained and keeps what it recorded.)
UPDATE issuance_assets SET created_by = 'key:' || created_by WHERE created_by ~ '^tk_[0-9a-f]{20}$';
UPDATE issuance_assets SET verified_by = 'key:' || verified_by WHERE verified_by ~ '^tk_[0-9a-f]{20}$';
UPDATE issuance_asset_events SET actor = 'key:' || actor WHERE actor ~ '^tk_[0-9a-f]{20}$';
UPDATE issuance_documents SET uploaded_by = 'key:' || uploaded_by WHERE uploaded_by ~ '^tk_[0-9a-f]{20}$';
UPDATE issuance_requests SET requested_by = 'key:' || requested_by WHERE requested_by ~ '^tk_[0-9a-f]{20}$';
UPDATE issuance_requests SET decided_by = 'key:' || decided_by WHERE decided_by ~ '^tk_[0-9a-f]{20}$';
UPDATE issuance_distributions SET created_by = 'key:' || created_by WHERE created_by ~ '^tk_[0-9a-f]{20}$';
UPDATE compliance_rules SET actor = 'key:' || actor WHERE actor ~ '^tk_[0-9a-f]{20}$';
UPDATE compliance_interventions SET requested_by = 'key:' || requested_by WHERE requested_by ~ '^tk_[0-9a-f]{20}$';
UPDATE compliance_interventions SET decided_by = 'key:' || decided_by WHERE decided_by ~ '^tk_[0-9a-f]{20}$';

---- create above / drop below ----

DROP INDEX ui_sessions_key_id;
DELETE FROM ui_sessions;
ALTER TABLE ui_sessions
    DROP CONSTRAINT ui_sessions_key,
    DROP COLUMN key_id,
    ADD COLUMN name TEXT NOT NULL DEFAULT '',
    ADD COLUMN scopes TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE api_keys
    DROP CONSTRAINT api_keys_custodians,
    DROP CONSTRAINT api_keys_owner,
    DROP COLUMN custodians,
    DROP COLUMN owner;
