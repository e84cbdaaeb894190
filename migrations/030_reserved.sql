-- Number 030 belongs to a change on another branch; this empty step keeps
-- the sequence whole until that change lands, and is dropped with it.
SELECT 1;

---- create above / drop below ----

SELECT 1;
