-- Checkpoints of audit scans: what a scan of an asset's history has read so
-- far, so that an interrupted audit of a long history resumes where it
-- stopped instead of reading from the deployment again.
CREATE TABLE audit_checkpoints (
    key         TEXT        PRIMARY KEY,
    state       BYTEA       NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

---- create above / drop below ----

DROP TABLE audit_checkpoints;
