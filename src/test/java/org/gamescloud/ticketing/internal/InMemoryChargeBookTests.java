package org.gamescloud.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory charge book (games.ticketing.simulated-payments.durable=false) moves charges as the durable one. */
class InMemoryChargeBookTests {

    private static final Map<PaymentProvider.ChargeStatus, PaymentProvider.ChargeStatus> CAPTURE =
            Map.of(PaymentProvider.ChargeStatus.AUTHORIZED, PaymentProvider.ChargeStatus.CAPTURED);

    private final InMemoryChargeBook book = new InMemoryChargeBook();

    @Test
    void movesAChargeOnlyFromTheMappedStatuses() {
        UUID authorised = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        book.put(authorised, "a", BigDecimal.TEN, PaymentProvider.ChargeStatus.AUTHORIZED);
        book.put(declined, "b", BigDecimal.TEN, PaymentProvider.ChargeStatus.DECLINED);

        assertThat(book.change(authorised, CAPTURE)).isTrue();
        assertThat(book.change(declined, CAPTURE)).isFalse();
        assertThat(book.change(UUID.randomUUID(), CAPTURE)).isFalse();

        assertThat(book.find(authorised)).contains(PaymentProvider.ChargeStatus.CAPTURED);
        assertThat(book.find(declined)).contains(PaymentProvider.ChargeStatus.DECLINED);
    }
}
