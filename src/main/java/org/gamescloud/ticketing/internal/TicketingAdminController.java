package org.gamescloud.ticketing.internal;

import java.util.Map;
import org.gamescloud.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Key rotation and the payment simulation (ADMIN, under /api/admin), and the provider's signed callbacks. */
@RestController
class TicketingAdminController {

    private final SigningKeys keys;
    private final SimulatedPaymentProvider simulator;
    private final PaymentCallbacks callbacks;

    TicketingAdminController(SigningKeys keys, SimulatedPaymentProvider simulator, PaymentCallbacks callbacks) {
        this.keys = keys;
        this.simulator = simulator;
        this.callbacks = callbacks;
    }

    @PostMapping("/api/admin/ticketing/keys/rotate")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> rotate() {
        SigningKey key = keys.rotate();
        return Map.of("kid", key.kid(), "x", key.x());
    }

    record Simulation(String account, String mode) {}

    /** Sets how the simulated provider answers one account's charges; a null mode returns to the configured one. */
    @PutMapping("/api/admin/ticketing/payment-simulation")
    Map<String, String> simulate(@RequestBody Simulation simulation) {
        if (simulation.account() == null || simulation.account().isBlank()) {
            throw Problems.badRequest("account is required");
        }
        PaymentMode mode;
        try {
            mode = simulation.mode() == null ? null : PaymentMode.valueOf(simulation.mode());
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("mode must be one of APPROVE, DECLINE, CALLBACK_SUCCESS, CALLBACK_FAILURE,"
                    + " CALLBACK_LOST, TIMEOUT");
        }
        simulator.setMode(simulation.account(), mode);
        return Map.of(
                "account",
                simulation.account(),
                "mode",
                simulator.modeOf(simulation.account()).name());
    }

    @PostMapping(path = "/api/ticketing/payments/callback", consumes = "application/json")
    ResponseEntity<Map<String, String>> callback(
            @RequestHeader(name = "X-Payment-Signature", required = false) String signature, @RequestBody String body) {
        return ResponseEntity.ok(Map.of("state", callbacks.receive(body, signature)));
    }
}
