package org.gamescloud.depository.merkle;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** A SHA-256 value of the Merkle tree; immutable, compared by content. */
public final class Hash {

    public static final int SIZE_BYTES = 32;

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        if (bytes.length != SIZE_BYTES) {
            throw new IllegalArgumentException("a hash has " + SIZE_BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public static Hash of(byte[] bytes) {
        return new Hash(bytes);
    }

    public static Hash fromHex(String hex) {
        return new Hash(HexFormat.of().parseHex(hex));
    }

    /** Standard padded base64, as in the JSON of the HTTP API and in checkpoints. */
    public static Hash fromBase64(String base64) {
        return new Hash(Base64.getDecoder().decode(base64));
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash hash && Arrays.equals(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
