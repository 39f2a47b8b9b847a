package org.gamescloud.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gamescloud.GamesCloudApplication;
import org.gamescloud.ticketing.TicketingFixture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With the durable charge book, the simulated provider's view of its charges survives a restart, as a real provider's
 * would: a node started again on the same database finds what was authorised, captured, voided, refunded and pending,
 * and captures the paid order a stopped node had left only authorised.
 */
class SimulatedPaymentsRestartTests {

    @Test
    void aRestartedNodeKnowsEveryChargeAndCapturesThePaidOrderAStoppedNodeLeftAuthorised() {
        Path database =
                Path.of("target", "payments-restart-" + UUID.randomUUID()).toAbsolutePath();
        UUID captured;
        UUID leftAuthorised;
        UUID voided = UUID.randomUUID();
        UUID refunded = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        try (ConfigurableApplicationContext node = start(database)) {
            Purchases purchases = node.getBean(Purchases.class);
            SimulatedPaymentProvider provider = node.getBean(SimulatedPaymentProvider.class);
            String session = newSession(node.getBean(JdbcClient.class));
            captured = UUID.fromString(
                    purchases.purchase("restart-a", "k", request(session)).orderId());
            leftAuthorised = UUID.fromString(
                    purchases.purchase("restart-b", "k", request(session)).orderId());
            // As if the node had stopped after writing that paid order, before capturing its money.
            provider.authorize(leftAuthorised, "restart-b", BigDecimal.TEN);
            provider.authorize(voided, "restart-c", BigDecimal.TEN);
            provider.refund(voided);
            provider.authorize(refunded, "restart-d", BigDecimal.TEN);
            provider.capture(refunded);
            provider.refund(refunded);
            provider.setMode("restart-e", PaymentMode.TIMEOUT);
            provider.authorize(pending, "restart-e", BigDecimal.TEN);
            assertThat(provider.status(leftAuthorised)).isEqualTo(PaymentProvider.ChargeStatus.AUTHORIZED);
        }

        try (ConfigurableApplicationContext restarted = start(database)) {
            SimulatedPaymentProvider provider = restarted.getBean(SimulatedPaymentProvider.class);

            assertThat(provider.status(captured)).isEqualTo(PaymentProvider.ChargeStatus.CAPTURED);
            assertThat(provider.status(leftAuthorised))
                    .as("captured when the node started")
                    .isEqualTo(PaymentProvider.ChargeStatus.CAPTURED);
            assertThat(provider.status(voided)).isEqualTo(PaymentProvider.ChargeStatus.DECLINED);
            assertThat(provider.status(refunded)).isEqualTo(PaymentProvider.ChargeStatus.REFUNDED);
            assertThat(provider.status(pending)).isEqualTo(PaymentProvider.ChargeStatus.PENDING);
            assertThat(provider.capture(voided))
                    .as("a voided authorisation is never captured")
                    .isFalse();
            assertThat(provider.status(UUID.randomUUID())).isEqualTo(PaymentProvider.ChargeStatus.UNKNOWN);
        }
    }

    private static ConfigurableApplicationContext start(Path database) {
        // Arguments, not default properties: they must win over the test profile's shared database.
        return new SpringApplicationBuilder(GamesCloudApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--games.embedded-postgres.data-directory=" + database,
                        "--games.embedded-postgres.clean=false",
                        "--games.ticketing.simulated-payments.durable=true");
    }

    private static String newSession(JdbcClient jdbc) {
        String code = "PAY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.sql(
                        "INSERT INTO competition_session (code, venue_code, start_time, end_time, name_en)"
                                + " VALUES (:code, :venue, '2023-09-28T19:00:00+08:00', '2023-09-28T22:00:00+08:00', 'Restart')")
                .param("code", code)
                .param("venue", TicketingFixture.VENUE)
                .update();
        return code;
    }

    private static OrderRequest request(String session) {
        return new OrderRequest(
                session,
                "B",
                1,
                List.of(new OrderRequest.Holder("Zhao Lei", "PASSPORT", TicketingFixture.passport())),
                null);
    }
}
