-- Session 4 (flash-sale CPU): every ticket sold paid for six index entries and a foreign-key check, three of which no
-- query needs on the hot path (docs/decisions/0007-ticketing-lean-ticket-rows.md). What stays: the primary key
-- (gates, refunds, transfers by ticket id), the two unique indexes that make a double sale impossible (session, seat)
-- and (session, holder), and ticket_by_order (an order's tickets: replay, refund, settlement, my tickets).

-- The account limit now counts the account's live orders (quantity of PAYING and PAID orders, found through the unique
-- (account, idempotency_key) index); "my tickets" goes through the account's orders and ticket_by_order.
DROP INDEX IF EXISTS ticket_account;
-- Only the signing-key refresh (start, rotation) asked which retired keys still sign a valid ticket: a scan there
-- is cheaper than one more index entry for every ticket sold.
DROP INDEX IF EXISTS ticket_valid_kid;
-- No query looks orders up by (account, created_at); lookups by account use the unique (account, idempotency_key).
DROP INDEX IF EXISTS ticket_order_account;
-- The order and its tickets are always written in one transaction by the ledger (or by a transfer that copies an
-- existing ticket's order); the per-row referential check cost a lookup and a row lock on the order for every ticket.
ALTER TABLE ticket DROP CONSTRAINT IF EXISTS ticket_order_id_fkey;
