-- A request's domain writes and its idempotency claim commit together:
-- every transaction the request commits marks its claimed record
-- (committed_at) in that same transaction. A retry after a crash between
-- the domain write and the stored response finds the mark and is not run
-- again, so the crash cannot create a second request.
ALTER TABLE api_idempotency ADD COLUMN committed_at TIMESTAMPTZ;

---- create above / drop below ----

ALTER TABLE api_idempotency DROP COLUMN committed_at;
