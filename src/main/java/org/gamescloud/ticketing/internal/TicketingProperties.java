package org.gamescloud.ticketing.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param hold how long seats stay held for an unpaid order (Games clock)
 * @param accountLimit most tickets one account may hold or own for one session
 * @param saleOpensBefore how long before a session starts it goes on sale; sale closes when it starts
 * @param holderIdSecret base64 HMAC key for holder ID numbers; empty = generated once and kept in the database (demo)
 * @param paymentCallbackSecret base64 HMAC key the payment provider signs callbacks with; empty = generated (demo)
 * @param payment how the simulated payment provider answers
 * @param batchSize most purchases written in one transaction
 * @param writers threads writing purchase batches
 */
@ConfigurationProperties("games.ticketing")
record TicketingProperties(
        @DefaultValue("15m") Duration hold,
        @DefaultValue("6") int accountLimit,
        @DefaultValue("60d") Duration saleOpensBefore,
        @DefaultValue("") String holderIdSecret,
        @DefaultValue("") String paymentCallbackSecret,
        @DefaultValue("APPROVE") PaymentMode payment,
        @DefaultValue("512") int batchSize,
        @DefaultValue("4") int writers) {}
