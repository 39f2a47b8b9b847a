package org.gamescloud.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.ticketing.TicketingFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.ErrorResponseException;

/** Payment by callback, lost callbacks, timeouts and forged callbacks: a paid order always ends with tickets. */
@GamesIntegrationTest
class PaymentPathsTests {

    @org.junit.jupiter.api.BeforeEach
    void standOnSaleDay(@Autowired RestTestClient restClient) {
        TicketingFixture.standOnSaleDay(restClient);
    }

    @Autowired
    RestTestClient client;

    @Autowired
    Purchases purchases;

    @Autowired
    SimulatedPaymentProvider provider;

    @Autowired
    PaymentReconciler reconciler;

    @Autowired
    CallbackSignatures signatures;

    @Autowired
    GamesClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedSuccessCallbackIssuesTheTickets() {
        String session = TicketingFixture.createSession(client);
        provider.setMode("cb-ok-" + session, PaymentMode.CALLBACK_SUCCESS);
        OrderView order = purchases.purchase("cb-ok-" + session, "k", request(session, 2));
        assertThat(order.state()).isEqualTo("PAID");
        assertThat(order.tickets()).hasSize(2);
        assertThat(provider.status(UUID.fromString(order.orderId()))).isEqualTo(PaymentProvider.ChargeStatus.CAPTURED);
    }

    @Test
    void aFailureCallbackReleasesTheSeats() {
        String session = TicketingFixture.createSession(client);
        provider.setMode("cb-ko-" + session, PaymentMode.CALLBACK_FAILURE);
        OrderView order = purchases.purchase("cb-ko-" + session, "k", request(session, 2));
        assertThat(order.state()).isEqualTo("FAILED");
        assertThat(order.tickets()).isEmpty();
        assertThat(taken(session)).isZero();
    }

    @Test
    void theReconcilerIssuesTicketsWhenTheCallbackIsLost() {
        String session = TicketingFixture.createSession(client);
        provider.setMode("cb-lost-" + session, PaymentMode.CALLBACK_LOST);
        OrderView order = purchases.purchase("cb-lost-" + session, "k", request(session, 1));
        UUID orderId = UUID.fromString(order.orderId());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> provider.status(orderId) == PaymentProvider.ChargeStatus.AUTHORIZED);
        assertThat(state(orderId)).as("no money taken before the tickets exist").isEqualTo("PAYING");
        reconciler.reconcile(clock.now().plusMinutes(1));
        assertThat(state(orderId)).isEqualTo("PAID");
        assertThat(provider.status(orderId)).isEqualTo(PaymentProvider.ChargeStatus.CAPTURED);
        assertThat(jdbc.sql("SELECT count(*) FROM ticket WHERE order_id = :o AND state = 'VALID'")
                        .param("o", orderId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUnansweredPaymentExpiresWithItsHoldAndTheSeatsReturn() {
        String session = TicketingFixture.createSession(client);
        provider.setMode("timeout-" + session, PaymentMode.TIMEOUT);
        OrderView order = purchases.purchase("timeout-" + session, "k", request(session, 3));
        assertThat(order.state()).isEqualTo("PAYING");
        assertThat(taken(session)).isEqualTo(3);
        UUID orderId = UUID.fromString(order.orderId());

        reconciler.reconcile(clock.now().plusMinutes(5));
        assertThat(state(orderId)).as("the hold lasts 15 minutes").isEqualTo("PAYING");

        reconciler.reconcile(clock.now().plusMinutes(16));
        assertThat(state(orderId)).isEqualTo("EXPIRED");
        assertThat(taken(session)).isZero();
        assertThat(provider.status(orderId)).isNotEqualTo(PaymentProvider.ChargeStatus.CAPTURED);
    }

    @Test
    void aForgedCallbackIsRefusedAndChangesNothing() {
        String session = TicketingFixture.createSession(client);
        provider.setMode("forged-" + session, PaymentMode.TIMEOUT);
        OrderView order = purchases.purchase("forged-" + session, "k", request(session, 1));
        String body = "{\"orderId\":\"" + order.orderId() + "\",\"status\":\"SUCCEEDED\"}";
        client.post()
                .uri("/api/ticketing/payments/callback")
                .header("X-Payment-Signature", signatures.sign(body.replace("SUCCEEDED", "FAILED")))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(state(UUID.fromString(order.orderId()))).isEqualTo("PAYING");
        client.post()
                .uri("/api/ticketing/payments/callback")
                .header("X-Payment-Signature", signatures.sign(body))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.state")
                .isEqualTo("PAID");
    }

    @Test
    void anAuthorisedPaymentForAnOrderTheLedgerRefusesIsVoidedAndSellsNothing() {
        String session = TicketingFixture.createSession(client);
        OrderRequest first = request(session, 1);
        purchases.purchase("first-" + session, "k", first);
        OrderRequest sameHolder = new OrderRequest(session, "B", 1, first.holders(), null);

        assertThatThrownBy(() -> purchases.purchase("second-" + session, "k", sameHolder))
                .isInstanceOf(ErrorResponseException.class)
                .satisfies(e -> assertThat(
                                ((ErrorResponseException) e).getStatusCode().value())
                        .isEqualTo(409));
        UUID refused = jdbc.sql("SELECT id FROM ticket_order WHERE account = :a")
                .param("a", "second-" + session)
                .query(UUID.class)
                .single();
        assertThat(state(refused)).isEqualTo("REJECTED");
        assertThat(provider.status(refused))
                .as("voided, never captured")
                .isEqualTo(PaymentProvider.ChargeStatus.DECLINED);
        assertThat(taken(session)).isEqualTo(1);
    }

    @Test
    void aPaymentCapturedAtOnceIsWrittenPaidWithValidTicketsInOneStep() {
        String session = TicketingFixture.createSession(client);
        OrderView order = purchases.purchase("at-once-" + session, "k", request(session, 2));
        assertThat(order.state()).isEqualTo("PAID");
        assertThat(state(UUID.fromString(order.orderId()))).isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT count(*) FROM ticket WHERE order_id = :o AND state = 'VALID'")
                        .param("o", UUID.fromString(order.orderId()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(provider.status(UUID.fromString(order.orderId()))).isEqualTo(PaymentProvider.ChargeStatus.CAPTURED);
    }

    @Test
    void aPaidOrderWhoseCaptureANodeDidNotReachIsCapturedAfterARestartAndNothingElseIs() {
        String session = TicketingFixture.createSession(client);
        OrderView paid = purchases.purchase("restart-" + session, "k", request(session, 1));
        UUID paidId = UUID.fromString(paid.orderId());
        provider.setMode("pending-" + session, PaymentMode.TIMEOUT);
        UUID payingId = UUID.fromString(purchases
                .purchase("pending-" + session, "k", request(session, 1))
                .orderId());
        // The node stopped after writing the paid order, before capturing: the provider holds only authorisations.
        provider.authorize(paidId, "restart-" + session, java.math.BigDecimal.TEN);
        provider.setMode("pending-" + session, PaymentMode.APPROVE);
        provider.authorize(payingId, "pending-" + session, java.math.BigDecimal.TEN);

        assertThat(reconciler.captureAuthorised(clock.now().minusMinutes(15))).isPositive();

        assertThat(provider.status(paidId)).isEqualTo(PaymentProvider.ChargeStatus.CAPTURED);
        assertThat(provider.status(payingId))
                .as("an order without tickets is never captured by the sweep")
                .isEqualTo(PaymentProvider.ChargeStatus.AUTHORIZED);
    }

    OrderRequest request(String session, int quantity) {
        List<OrderRequest.Holder> holders = new java.util.ArrayList<>();
        for (int i = 0; i < quantity; i++) {
            holders.add(new OrderRequest.Holder("Holder " + i, "PASSPORT", TicketingFixture.passport()));
        }
        return new OrderRequest(session, "B", quantity, holders, null);
    }

    String state(UUID orderId) {
        return jdbc.sql("SELECT state FROM ticket_order WHERE id = :id")
                .param("id", orderId)
                .query(String.class)
                .single();
    }

    int taken(String session) {
        return jdbc.sql("SELECT count(*) FROM ticket WHERE session_code = :s AND state IN ('HELD', 'VALID')")
                .param("s", session)
                .query(Integer.class)
                .single();
    }
}
