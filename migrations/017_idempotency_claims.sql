-- Each claim of an idempotency record gets a random token. Only the
-- request holding the current claim may store its response or release the
-- record: a request that outlived its lock, and whose key another request
-- took over, can no longer overwrite the response that one stored.
ALTER TABLE api_idempotency ADD COLUMN claim UUID NOT NULL DEFAULT gen_random_uuid();

---- create above / drop below ----

ALTER TABLE api_idempotency DROP COLUMN claim;
