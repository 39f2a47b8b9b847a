package org.gamescloud.depository.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The small syntactic rules shared by keys, signature lines and notes (c2sp.org/signed-note). */
final class NoteEncoding {

    static final byte ED25519_SIGNATURE_TYPE = 0x01;

    private NoteEncoding() {}

    /** A key name is non-empty and has neither spaces nor '+', which separate the fields of key strings. */
    static boolean isValidKeyName(String name) {
        return !name.isEmpty()
                && name.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '+');
    }

    /** The first four bytes of SHA-256(name || "\n" || type || public key), big-endian. */
    static int keyHash(String name, byte[] typedPublicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(typedPublicKey);
            byte[] digest = sha256.digest();
            return ((digest[0] & 0xff) << 24)
                    | ((digest[1] & 0xff) << 16)
                    | ((digest[2] & 0xff) << 8)
                    | (digest[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** Strict standard base64: padded, no line breaks, and only one spelling per byte string. */
    static byte[] decodeStrictBase64(String base64, String what) {
        try {
            byte[] decoded = Base64.getDecoder().decode(base64);
            if (!Base64.getEncoder().encodeToString(decoded).equals(base64)) {
                throw new InvalidNoteException(what + " is not canonical padded base64");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new InvalidNoteException(what + " is not base64");
        }
    }
}
