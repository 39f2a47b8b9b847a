package org.gamescloud.ticketing.internal;

import org.springframework.test.context.TestPropertySource;

/** Every payment path of {@link PaymentPathsTests} with the simulated provider's charges kept in PostgreSQL. */
@TestPropertySource(properties = "games.ticketing.simulated-payments.durable=true")
class DurablePaymentPathsTests extends PaymentPathsTests {}
