package org.gamescloud.ticketing.internal;

/** What became of a {@link HoldCommand}. */
record HoldResult(Outcome outcome, String problem) {

    enum Outcome {
        /** Order written in state PAYING, seats held (or PAID, tickets valid, for a paid command). */
        HELD,
        /** Another order already uses this account's idempotency key: nothing written. */
        DUPLICATE_KEY,
        /** Written in state REJECTED (a holder already has a ticket, or the account limit): nothing held. */
        REJECTED
    }

    static final HoldResult HELD = new HoldResult(Outcome.HELD, null);
    static final HoldResult DUPLICATE_KEY = new HoldResult(Outcome.DUPLICATE_KEY, null);

    static HoldResult rejected(String problem) {
        return new HoldResult(Outcome.REJECTED, problem);
    }
}
