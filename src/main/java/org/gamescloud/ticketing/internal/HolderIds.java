package org.gamescloud.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Turns a holder's ID number into what is stored: an HMAC-SHA256 under a secret key (so that a leaked table cannot be
 * reversed by enumerating the small space of ID numbers, as a plain hash could) plus its last four characters.
 */
@Component
class HolderIds {

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    HolderIds(TicketingSecrets secrets, TicketingProperties properties) {
        this.key = new SecretKeySpec(secrets.secret("holder-id", properties.holderIdSecret()), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The keyed hash of a normalised ID; the type is included so that equal numbers of two kinds differ. */
    byte[] hash(IdType type, String normalisedNumber) {
        return macs.get().doFinal((type.name() + ":" + normalisedNumber).getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String lastFour(String normalisedNumber) {
        return normalisedNumber.substring(Math.max(0, normalisedNumber.length() - 4));
    }

    /** A keyed fingerprint of a whole order request, to recognise a retry without storing the ID numbers in it. */
    byte[] fingerprint(String canonicalRequest) {
        return hash(IdType.PASSPORT, "request:" + canonicalRequest);
    }
}
