package org.gamescloud.depository.note;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The public key of a note signer in the text form {@code <name>+<hex key hash>+<base64(0x01 || public key)>}
 * that clients pin (c2sp.org/signed-note, Ed25519 only).
 */
public final class VerifierKey {

    private final String name;
    private final int keyHash;
    private final PublicKey publicKey;
    private final byte[] rawPublicKey;

    private VerifierKey(String name, byte[] rawPublicKey) {
        if (!NoteEncoding.isValidKeyName(name)) {
            throw new InvalidNoteException("invalid key name '" + name + "'");
        }
        this.name = name;
        this.rawPublicKey = rawPublicKey.clone();
        this.publicKey = Ed25519Keys.publicKeyFromRaw(rawPublicKey);
        this.keyHash = NoteEncoding.keyHash(name, typedKey(rawPublicKey));
    }

    public static VerifierKey ofEd25519(String name, PublicKey publicKey) {
        return new VerifierKey(name, Ed25519Keys.rawPublicKey(publicKey));
    }

    /** Parses a verifier key string, refusing one whose key hash does not match its name and key. */
    public static VerifierKey parse(String encoded) {
        String[] fields = encoded.split("\\+", 3);
        if (fields.length != 3 || !fields[1].matches("[0-9a-fA-F]{8}")) {
            throw new InvalidNoteException("a verifier key reads <name>+<8 hex digits>+<base64 key>");
        }
        byte[] typedKey = NoteEncoding.decodeStrictBase64(fields[2], "the verifier key");
        if (typedKey.length != 1 + Ed25519Keys.RAW_KEY_BYTES || typedKey[0] != NoteEncoding.ED25519_SIGNATURE_TYPE) {
            throw new InvalidNoteException("only Ed25519 verifier keys (type 0x01, 32 bytes) are supported");
        }
        byte[] raw = new byte[Ed25519Keys.RAW_KEY_BYTES];
        System.arraycopy(typedKey, 1, raw, 0, raw.length);
        VerifierKey key = new VerifierKey(fields[0], raw);
        if (key.keyHash != Integer.parseUnsignedInt(fields[1], 16)) {
            throw new InvalidNoteException("the key hash " + fields[1] + " does not match the key");
        }
        return key;
    }

    public String name() {
        return name;
    }

    public int keyHash() {
        return keyHash;
    }

    public byte[] rawPublicKey() {
        return rawPublicKey.clone();
    }

    /** The verifier key string, as served at {@code GET /api/depository/key}. */
    public String encoded() {
        return name + "+" + HexFormat.of().toHexDigits(keyHash) + "+"
                + Base64.getEncoder().encodeToString(typedKey(rawPublicKey));
    }

    boolean verifies(String text, byte[] signature) {
        return Ed25519Keys.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), signature);
    }

    static byte[] typedKey(byte[] rawPublicKey) {
        byte[] typed = new byte[1 + rawPublicKey.length];
        typed[0] = NoteEncoding.ED25519_SIGNATURE_TYPE;
        System.arraycopy(rawPublicKey, 0, typed, 1, rawPublicKey.length);
        return typed;
    }

    @Override
    public String toString() {
        return encoded();
    }
}
