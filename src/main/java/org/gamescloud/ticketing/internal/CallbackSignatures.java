package org.gamescloud.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** HMAC-SHA256 signatures of payment callbacks, shared between ticketing and the (simulated) provider. */
@Component
class CallbackSignatures {

    private final SecretKeySpec key;

    CallbackSignatures(TicketingSecrets secrets, TicketingProperties properties) {
        this.key =
                new SecretKeySpec(secrets.secret("payment-callback", properties.paymentCallbackSecret()), "HmacSHA256");
    }

    String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison, so that a forger learns nothing from timing. */
    boolean verify(String body, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(body).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
