-- The holding rules the token enforces since it keeps several locks per
-- wallet: a minimum holding per investor, a Reg S flowback window, force
-- full transfer, and the reason code of the initial lock-up (which the
-- token now applies to every mint itself). Interventions gain locks
-- (addLock), unlocks (removeLock, bound to the lock's content and its
-- index resolved at approval) and liquidate-only.

ALTER TABLE compliance_rules
    ADD COLUMN min_holding         NUMERIC(78, 0) CHECK (min_holding > 0),
    ADD COLUMN flowback_until      TIMESTAMPTZ,
    ADD COLUMN force_full_transfer BOOLEAN  NOT NULL DEFAULT false,
    ADD COLUMN lockup_reason       SMALLINT NOT NULL DEFAULT 0 CHECK (lockup_reason BETWEEN 0 AND 255),
    ADD CONSTRAINT compliance_rules_min_holding_max_balance CHECK (min_holding IS NULL OR max_balance IS NULL OR min_holding <= max_balance);

-- A lock-up set before reasons existed was an issuance lock-up.
UPDATE compliance_rules SET lockup_reason = 1 WHERE lockup_seconds > 0;

ALTER TABLE compliance_interventions
    DROP CONSTRAINT compliance_interventions_kind_check,
    ADD CONSTRAINT compliance_interventions_kind_check CHECK (kind IN ('freeze', 'unfreeze', 'freeze_partial',
        'unfreeze_partial', 'forced_transfer', 'recovery', 'lock', 'unlock', 'liquidate_only', 'liquidate_only_off')),
    ADD COLUMN lock_start  TIMESTAMPTZ,
    ADD COLUMN lock_cliff  TIMESTAMPTZ,
    ADD COLUMN lock_end    TIMESTAMPTZ,
    ADD COLUMN lock_reason SMALLINT CHECK (lock_reason BETWEEN 0 AND 255),
    ADD COLUMN lock_index  INTEGER CHECK (lock_index >= 0),
    ADD CONSTRAINT compliance_interventions_lock CHECK (
        (kind IN ('lock', 'unlock')) = (lock_end IS NOT NULL)
        AND (lock_end IS NULL OR (lock_start <= lock_cliff AND lock_cliff <= lock_end AND lock_reason IS NOT NULL AND amount IS NOT NULL))
        AND (lock_index IS NULL OR kind = 'unlock'));

---- create above / drop below ----

DELETE FROM compliance_interventions WHERE kind IN ('lock', 'unlock', 'liquidate_only', 'liquidate_only_off');
ALTER TABLE compliance_interventions
    DROP CONSTRAINT compliance_interventions_lock,
    DROP COLUMN lock_index,
    DROP COLUMN lock_reason,
    DROP COLUMN lock_end,
    DROP COLUMN lock_cliff,
    DROP COLUMN lock_start,
    DROP CONSTRAINT compliance_interventions_kind_check,
    ADD CONSTRAINT compliance_interventions_kind_check CHECK (kind IN ('freeze', 'unfreeze', 'freeze_partial',
        'unfreeze_partial', 'forced_transfer', 'recovery'));

ALTER TABLE compliance_rules
    DROP CONSTRAINT compliance_rules_min_holding_max_balance,
    DROP COLUMN lockup_reason,
    DROP COLUMN force_full_transfer,
    DROP COLUMN flowback_until,
    DROP COLUMN min_holding;
