package org.gamescloud.depository.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashing of RFC 6962 §2.1 (kept by RFC 9162): distinct one-byte prefixes for leaves and interior nodes, so
 * that a leaf can never be passed off as a node (second-preimage resistance).
 */
public final class Rfc6962 {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private Rfc6962() {}

    /** {@code SHA-256(0x00 || entry)}. */
    public static Hash leafHash(byte[] entry) {
        MessageDigest sha256 = sha256();
        sha256.update(LEAF_PREFIX);
        sha256.update(entry);
        return Hash.of(sha256.digest());
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static Hash nodeHash(Hash left, Hash right) {
        MessageDigest sha256 = sha256();
        sha256.update(NODE_PREFIX);
        sha256.update(left.toBytes());
        sha256.update(right.toBytes());
        return Hash.of(sha256.digest());
    }

    /** The hash of the empty tree is the hash of the empty string. */
    public static Hash emptyRootHash() {
        return Hash.of(sha256().digest());
    }

    /** The largest power of two strictly smaller than {@code n}: where MTH splits a range of n &gt; 1 leaves. */
    static long splitPoint(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("only ranges of two or more leaves are split, not " + n);
        }
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
