-- The simulated payment provider's own record of charges (ticketing.internal.DurableChargeBook): what it authorised,
-- captured, declined (an authorisation voided) and refunded, by order id. It stands for the provider's side, so it is
-- written in transactions of its own, not in the order's, and survives a restart of the application as a real
-- provider's records would. No foreign key to ticket_order: the provider answers before the order is written.
CREATE TABLE simulated_charge (
    order_id   uuid PRIMARY KEY,
    account    text        NOT NULL,
    amount     numeric     NOT NULL,
    status     varchar(10) NOT NULL CHECK (status IN ('AUTHORIZED', 'CAPTURED', 'DECLINED', 'PENDING', 'REFUNDED')),
    updated_at timestamptz NOT NULL
) WITH (fillfactor = 80);
