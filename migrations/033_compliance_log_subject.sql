-- A subject's entries of one action, newest first (the caps history of an
-- asset, and the countries its caps were set for) without reading the
-- whole log.
CREATE INDEX compliance_log_subject_action ON compliance_log (subject, action, seq);

---- create above / drop below ----

DROP INDEX compliance_log_subject_action;
