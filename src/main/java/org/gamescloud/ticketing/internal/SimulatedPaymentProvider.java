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
 * delivered through the same handler as the HTTP callback endpoint, so they are verified like a real provider's.
 */
@Component
class SimulatedPaymentProvider implements PaymentProvider {

    private static final long CALLBACK_DELAY_MS = 50;
    private static final int CALLBACK_ATTEMPTS = 100;

    private final TicketingProperties properties;
    private final CallbackSignatures signatures;
    private final ObjectProvider<PaymentCallbacks> callbacks;
    private final Map<UUID, ChargeStatus> charges = new ConcurrentHashMap<>();
    private final Map<String, PaymentMode> modeByAccount = new ConcurrentHashMap<>();
    private final ScheduledExecutorService callbackSender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulated-payment-callbacks");
        thread.setDaemon(true);
        return thread;
    });

    SimulatedPaymentProvider(
            TicketingProperties properties, CallbackSignatures signatures, ObjectProvider<PaymentCallbacks> callbacks) {
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
            case APPROVE -> record(orderId, ChargeStatus.AUTHORIZED);
            case DECLINE -> record(orderId, ChargeStatus.DECLINED);
            case CALLBACK_SUCCESS -> later(orderId, ChargeStatus.AUTHORIZED, true);
            case CALLBACK_FAILURE -> later(orderId, ChargeStatus.DECLINED, true);
            case CALLBACK_LOST -> later(orderId, ChargeStatus.AUTHORIZED, false);
            case TIMEOUT -> record(orderId, ChargeStatus.PENDING);
        };
    }

    @Override
    public boolean capture(UUID orderId) {
        ChargeStatus after = charges.computeIfPresent(
                orderId, (id, status) -> status == ChargeStatus.AUTHORIZED ? ChargeStatus.CAPTURED : status);
        return after == ChargeStatus.CAPTURED;
    }

    private ChargeStatus later(UUID orderId, ChargeStatus outcome, boolean callBack) {
        charges.put(orderId, ChargeStatus.PENDING);
        callbackSender.schedule(
                () -> {
                    if (charges.replace(orderId, ChargeStatus.PENDING, outcome) && callBack) {
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

    private ChargeStatus record(UUID orderId, ChargeStatus status) {
        charges.put(orderId, status);
        return status;
    }

    @Override
    public ChargeStatus status(UUID orderId) {
        return charges.getOrDefault(orderId, ChargeStatus.UNKNOWN);
    }

    @Override
    public void refund(UUID orderId) {
        charges.computeIfPresent(orderId, (id, status) -> switch (status) {
            case CAPTURED, REFUNDED -> ChargeStatus.REFUNDED;
            case PENDING, AUTHORIZED -> ChargeStatus.DECLINED;
            default -> status;
        });
    }

    @PreDestroy
    void stop() {
        callbackSender.shutdownNow();
    }
}
