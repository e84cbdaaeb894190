-- A dealing day that can no longer be priced is void on chain
-- (Dealing.voidDay, event DayVoided): nothing deals at it and its requests
-- may be cancelled. Its book ends 'void': from 'open' when no NAV round fit
-- for the day came within the NAV time-to-live (policy 'no_nav', decided
-- by the dealing job's policy actor), from 'rejected' once the chain holds
-- the approver's refusal. A batch whose transactions all failed is
-- 'failed', with the last error, until an operator sends it again
-- (retries counts those new rounds of attempts).
ALTER TABLE indexer_dealing_events DROP CONSTRAINT indexer_dealing_events_kind_check;
ALTER TABLE indexer_dealing_events ADD CONSTRAINT indexer_dealing_events_kind_check CHECK (kind IN ('deposit_request',
    'redeem_request', 'wire_request', 'payment_confirmed', 'payout_confirmed', 'day_priced', 'deposit_fulfilled',
    'redeem_fulfilled', 'request_rejected', 'cancel_deposit', 'cancel_redeem', 'cancel_deposit_claim', 'cancel_redeem_claim',
    'deposit_claim', 'redeem_claim', 'subscribed', 'redeemed_instant', 'reserve_funded', 'reserve_withdrawn', 'fees_withdrawn',
    'operator_set', 'cutoff_published', 'request_cutoff', 'day_voided'));
CREATE INDEX indexer_dealing_events_voided ON indexer_dealing_events (chain_id, dealing, cutoff) WHERE kind = 'day_voided';

ALTER TABLE dealing_books DROP CONSTRAINT dealing_books_state_check;
ALTER TABLE dealing_books ADD CONSTRAINT dealing_books_state_check
    CHECK (state IN ('open', 'priced', 'approved', 'fulfilling', 'fulfilled', 'rejected', 'void'));
ALTER TABLE dealing_books DROP CONSTRAINT dealing_books_priced;
ALTER TABLE dealing_books ADD CONSTRAINT dealing_books_priced
    CHECK ((state = 'open' OR policy IN ('nothing_to_fulfil', 'no_nav')) = (round_id IS NULL)
        AND (round_id IS NULL) = (nav IS NULL));
ALTER TABLE dealing_books ADD CONSTRAINT dealing_books_no_nav CHECK (policy <> 'no_nav' OR state = 'void');
DROP INDEX dealing_books_working;
CREATE INDEX dealing_books_working ON dealing_books (state) WHERE state IN ('open', 'approved', 'fulfilling', 'rejected');

ALTER TABLE dealing_batches DROP CONSTRAINT dealing_batches_state_check;
ALTER TABLE dealing_batches ADD CONSTRAINT dealing_batches_state_check CHECK (state IN ('pending', 'sent', 'fulfilled', 'failed'));
ALTER TABLE dealing_batches ADD COLUMN error TEXT NOT NULL DEFAULT '' CHECK (length(error) <= 2000);
ALTER TABLE dealing_batches ADD COLUMN retries INTEGER NOT NULL DEFAULT 0 CHECK (retries >= 0);
COMMENT ON COLUMN dealing_batches.retries IS 'rounds of attempts an operator asked for after the batch failed: round n > 0 sends under <idempotency_key>/retry<n>';

---- create above / drop below ----

DROP INDEX indexer_dealing_events_voided;
ALTER TABLE dealing_batches DROP COLUMN retries;
ALTER TABLE dealing_batches DROP COLUMN error;
ALTER TABLE dealing_batches DROP CONSTRAINT dealing_batches_state_check;
ALTER TABLE dealing_batches ADD CONSTRAINT dealing_batches_state_check CHECK (state IN ('pending', 'sent', 'fulfilled'));
DROP INDEX dealing_books_working;
CREATE INDEX dealing_books_working ON dealing_books (state) WHERE state IN ('open', 'approved', 'fulfilling');
ALTER TABLE dealing_books DROP CONSTRAINT dealing_books_no_nav;
ALTER TABLE dealing_books DROP CONSTRAINT dealing_books_priced;
ALTER TABLE dealing_books ADD CONSTRAINT dealing_books_priced
    CHECK ((state = 'open' OR policy = 'nothing_to_fulfil') = (round_id IS NULL) AND (round_id IS NULL) = (nav IS NULL));
ALTER TABLE dealing_books DROP CONSTRAINT dealing_books_state_check;
ALTER TABLE dealing_books ADD CONSTRAINT dealing_books_state_check
    CHECK (state IN ('open', 'priced', 'approved', 'fulfilling', 'fulfilled', 'rejected'));
ALTER TABLE indexer_dealing_events DROP CONSTRAINT indexer_dealing_events_kind_check;
ALTER TABLE indexer_dealing_events ADD CONSTRAINT indexer_dealing_events_kind_check CHECK (kind IN ('deposit_request',
    'redeem_request', 'wire_request', 'payment_confirmed', 'payout_confirmed', 'day_priced', 'deposit_fulfilled',
    'redeem_fulfilled', 'request_rejected', 'cancel_deposit', 'cancel_redeem', 'cancel_deposit_claim', 'cancel_redeem_claim',
    'deposit_claim', 'redeem_claim', 'subscribed', 'redeemed_instant', 'reserve_funded', 'reserve_withdrawn', 'fees_withdrawn',
    'operator_set', 'cutoff_published', 'request_cutoff'));
