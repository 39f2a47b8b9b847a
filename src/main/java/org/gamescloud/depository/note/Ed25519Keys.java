package org.gamescloud.depository.note;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Converts between the JDK's Ed25519 keys (X.509 / PKCS#8 encodings) and the raw 32-byte keys and seeds that
 * signed notes carry. Both encodings are a fixed DER prefix followed by the raw bytes (RFC 8410).
 */
final class Ed25519Keys {

    static final int RAW_KEY_BYTES = 32;

    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private Ed25519Keys() {}

    static byte[] rawPublicKey(PublicKey key) {
        return lastBytes(key.getEncoded(), X509_PREFIX.length);
    }

    /** The 32-byte seed of a private key, the form a signer key string stores. */
    static byte[] seed(PrivateKey key) {
        return lastBytes(key.getEncoded(), PKCS8_PREFIX.length);
    }

    static PublicKey publicKeyFromRaw(byte[] raw) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(prefixed(X509_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new InvalidNoteException("not an Ed25519 public key: " + e.getMessage());
        }
    }

    /**
     * The key pair of a seed. The JDK has no public API to derive an Ed25519 public key, but its key pair generator
     * draws exactly the 32-byte seed from the random source it is given (RFC 8032 §5.1.5), so we hand it the seed.
     */
    static KeyPair keyPairFromSeed(byte[] seed) {
        if (seed.length != RAW_KEY_BYTES) {
            throw new InvalidNoteException("an Ed25519 seed has 32 bytes, not " + seed.length);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(seed(pair.getPrivate()), seed)) {
                throw new IllegalStateException("the Ed25519 key pair generator did not use the given seed");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    /** A "random" source that yields one given seed. */
    private static final class FixedSeed extends SecureRandom {

        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("expected a request for a 32-byte seed");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }

    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    static boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (SignatureException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    private static byte[] prefixed(byte[] prefix, byte[] raw) {
        if (raw.length != RAW_KEY_BYTES) {
            throw new InvalidNoteException("an Ed25519 key has 32 bytes, not " + raw.length);
        }
        byte[] encoded = Arrays.copyOf(prefix, prefix.length + raw.length);
        System.arraycopy(raw, 0, encoded, prefix.length, raw.length);
        return encoded;
    }

    private static byte[] lastBytes(byte[] encoded, int prefixLength) {
        if (encoded.length != prefixLength + RAW_KEY_BYTES) {
            throw new IllegalArgumentException("not an Ed25519 key encoding of " + encoded.length + " bytes");
        }
        return Arrays.copyOfRange(encoded, prefixLength, encoded.length);
    }
}
