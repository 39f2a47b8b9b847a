package org.gamescloud.ticketing.internal;

import java.util.UUID;
import org.gamescloud.platform.Problems;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed callbacks of the payment provider: {@code {"orderId","status":"SUCCEEDED|FAILED"}} with an HMAC-SHA256 of the
 * exact body. A forged or altered callback changes nothing; a repeated one is harmless.
 */
@Component
class PaymentCallbacks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CallbackSignatures signatures;
    private final Orders orders;
    private final OrderLifecycle lifecycle;
    private final Settlements settlements;

    PaymentCallbacks(CallbackSignatures signatures, Orders orders, OrderLifecycle lifecycle, Settlements settlements) {
        this.signatures = signatures;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.settlements = settlements;
    }

    /** @return the order's state after the callback */
    String receive(String body, String signature) {
        if (!signatures.verify(body, signature)) {
            throw Problems.forbidden("The callback signature does not match");
        }
        UUID orderId;
        String status;
        try {
            JsonNode callback = JSON.readTree(body);
            orderId = UUID.fromString(callback.path("orderId").asString());
            status = callback.path("status").asString();
        } catch (JacksonException | IllegalArgumentException e) {
            throw Problems.badRequest("A callback names an orderId and a status");
        }
        Orders.Order order = orders.find(orderId).orElseThrow(() -> Problems.notFound("No order " + orderId));
        switch (status) {
            case "SUCCEEDED" -> lifecycle.paid(orderId, order.account(), order.sessionCode());
            case "FAILED" -> lifecycle.failed(orderId);
            default -> throw Problems.badRequest("status must be SUCCEEDED or FAILED");
        }
        settlements.settled(orderId);
        return orders.find(orderId).orElseThrow().state();
    }
}
