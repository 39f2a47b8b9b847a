package org.gamescloud.ticketing.internal;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A payment provider simulated in-process (the demo has no real one). Its behaviour is the configured
 * {@link PaymentMode}, which an administrator may override per account for demos and tests. Callbacks are signed and
 * delivered through the same handler as the HTTP callback endpoint, so they are verified like a real provider's. What
 * it authorised, captured and voided is kept in its {@link ChargeBook}; with the durable one a restarted node finds the
 * provider's view as it was, and can capture what a stopped node left authorised. The per-account modes and the
 * callbacks still to be sent live in memory: a callback due when the node stops is not sent (the reconciler then finds
 * the charge PENDING and lets the hold expire, as with a provider that never answers).
 */
@Component
class SimulatedPaymentProvider implements PaymentProvider {

    private static final long CALLBACK_DELAY_MS = 50;
    private static final int CALLBACK_ATTEMPTS = 100;
    /** Capturing an authorisation; capturing again answers {@code true} as well. */
    private static final Map<ChargeStatus, ChargeStatus> CAPTURE =
            Map.of(ChargeStatus.AUTHORIZED, ChargeStatus.CAPTURED, ChargeStatus.CAPTURED, ChargeStatus.CAPTURED);
    /** Captured money is given back; an authorisation or a pending request is voided. */
    private static final Map<ChargeStatus, ChargeStatus> REFUND = Map.of(
            ChargeStatus.CAPTURED, ChargeStatus.REFUNDED,
            ChargeStatus.REFUNDED, ChargeStatus.REFUNDED,
            ChargeStatus.PENDING, ChargeStatus.DECLINED,
            ChargeStatus.AUTHORIZED, ChargeStatus.DECLINED);

    private final TicketingProperties properties;
    private final CallbackSignatures signatures;
    private final ObjectProvider<PaymentCallbacks> callbacks;
    private final ChargeBook charges;
    private final Map<String, PaymentMode> modeByAccount = new ConcurrentHashMap<>();
    private final ScheduledExecutorService callbackSender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-payment-callbacks");
        thread.setDaemon(true);
        return thread;
    });

    SimulatedPaymentProvider(
            TicketingProperties properties,
            CallbackSignatures signatures,
            ObjectProvider<PaymentCallbacks> callbacks,
            ChargeBook charges) {
        this.charges = charges;
        this.properties = properties;
        this.signatures = signatures;
        this.callbacks = callbacks;
    }

    void setMode(String account, PaymentMode mode) {
        if (mode == null) {
            modeByAccount.remove(account);
        } else {
            modeByAccount.put(account, mode);
        }
    }

    PaymentMode modeOf(String account) {
        return modeByAccount.getOrDefault(account, properties.payment());
    }

    @Override
    public ChargeStatus authorize(UUID orderId, String account, BigDecimal amount) {
        return switch (modeOf(account)) {
            case APPROVE -> record(orderId, account, amount, ChargeStatus.AUTHORIZED);
            case DECLINE -> record(orderId, account, amount, ChargeStatus.DECLINED);
            case CALLBACK_SUCCESS -> later(orderId, account, amount, ChargeStatus.AUTHORIZED, true);
            case CALLBACK_FAILURE -> later(orderId, account, amount, ChargeStatus.DECLINED, true);
            case CALLBACK_LOST -> later(orderId, account, amount, ChargeStatus.AUTHORIZED, false);
            case TIMEOUT -> record(orderId, account, amount, ChargeStatus.PENDING);
        };
    }

    @Override
    public boolean capture(UUID orderId) {
        return charges.change(orderId, CAPTURE);
    }

    private ChargeStatus later(
            UUID orderId, String account, BigDecimal amount, ChargeStatus outcome, boolean callBack) {
        charges.put(orderId, account, amount, ChargeStatus.PENDING);
        callbackSender.schedule(
                () -> {
                    if (charges.change(orderId, Map.of(ChargeStatus.PENDING, outcome)) && callBack) {
                        String body = "{\"orderId\":\"" + orderId + "\",\"status\":\""
                                + (outcome == ChargeStatus.AUTHORIZED ? "SUCCEEDED" : "FAILED") + "\"}";
                        deliver(body, CALLBACK_ATTEMPTS);
                    }
                },
                CALLBACK_DELAY_MS,
                TimeUnit.MILLISECONDS);
        return ChargeStatus.PENDING;
    }

    /**
     * Like a real provider, delivers a callback until it is acknowledged: the order is written after the charge is
     * asked, so a quick callback may arrive before its order exists.
     */
    private void deliver(String body, int attemptsLeft) {
        try {
            callbacks.getObject().receive(body, signatures.sign(body));
        } catch (RuntimeException e) {
            if (attemptsLeft > 1) {
                callbackSender.schedule(
                        () -> deliver(body, attemptsLeft - 1), CALLBACK_DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private ChargeStatus record(UUID orderId, String account, BigDecimal amount, ChargeStatus status) {
        charges.put(orderId, account, amount, status);
        return status;
    }

    @Override
    public ChargeStatus status(UUID orderId) {
        return charges.find(orderId).orElse(ChargeStatus.UNKNOWN);
    }

    @Override
    public void refund(UUID orderId) {
        charges.change(orderId, REFUND);
    }

    @PreDestroy
    void stop() {
        callbackSender.shutdownNow();
    }
}
