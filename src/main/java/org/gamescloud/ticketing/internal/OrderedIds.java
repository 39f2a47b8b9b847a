package org.gamescloud.ticketing.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for orders and tickets in the layout of RFC 9562 version 7: 48 bits of milliseconds, then 74 random bits from a
 * per-thread DRBG. Ids created together sort together, so the primary-key and order indexes grow at their right edge
 * (a few hot pages, few full-page images in the WAL) instead of touching a random page of each index per ticket, and no
 * thread waits on the JDK's one shared {@code SecureRandom} behind {@link UUID#randomUUID()}. The random bits keep ids
 * unguessable.
 */
final class OrderedIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(OrderedIds::drbg);

    private OrderedIds() {}

    static UUID next(long epochMillis) {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[8 + i] & 0xff);
        }
        long mostSignificant = (epochMillis << 16) | 0x7000L | (high & 0x0fffL);
        long leastSignificant = (low & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
