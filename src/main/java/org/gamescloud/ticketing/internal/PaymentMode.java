package org.gamescloud.ticketing.internal;

/** How the simulated payment provider answers a charge. */
enum PaymentMode {
    /** Authorises at once (captured as soon as the order is written). */
    APPROVE,
    /** Refuses at once: nothing is sold (402). */
    DECLINE,
    /** Accepts the request and answers later with a signed success callback. */
    CALLBACK_SUCCESS,
    /** Accepts the request and answers later with a signed failure callback. */
    CALLBACK_FAILURE,
    /** Authorises the money but its callback never arrives: the reconciler must find the payment. */
    CALLBACK_LOST,
    /** Never answers and never captures: the hold expires. */
    TIMEOUT
}
