package org.gamescloud.depository.note;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Signs notes with a named Ed25519 key. Its secret form is the signer key string of the Go reference,
 * {@code PRIVATE+KEY+<name>+<hex key hash>+<base64(0x01 || seed)>}, so a key can be kept in configuration and used
 * by the Go tools as well.
 */
public final class NoteSigner {

    private static final String SECRET_PREFIX = "PRIVATE+KEY+";

    private final PrivateKey privateKey;
    private final VerifierKey verifierKey;

    private NoteSigner(PrivateKey privateKey, VerifierKey verifierKey) {
        this.privateKey = privateKey;
        this.verifierKey = verifierKey;
    }

    public static NoteSigner generate(String name) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new NoteSigner(pair.getPrivate(), VerifierKey.ofEd25519(name, pair.getPublic()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    /** Reads a signer key string, refusing it unless its key hash matches the public key derived from the seed. */
    public static NoteSigner parse(String signerKey) {
        if (!signerKey.startsWith(SECRET_PREFIX)) {
            throw new InvalidNoteException("a signer key starts with PRIVATE+KEY+");
        }
        String[] fields = signerKey.substring(SECRET_PREFIX.length()).split("\\+", 3);
        if (fields.length != 3) {
            throw new InvalidNoteException("a signer key reads PRIVATE+KEY+<name>+<hash>+<base64 seed>");
        }
        byte[] typedSeed = NoteEncoding.decodeStrictBase64(fields[2], "the signer key");
        if (typedSeed.length != 33 || typedSeed[0] != NoteEncoding.ED25519_SIGNATURE_TYPE) {
            throw new InvalidNoteException("only Ed25519 signer keys (type 0x01, 32-byte seed) are supported");
        }
        KeyPair pair = Ed25519Keys.keyPairFromSeed(Arrays.copyOfRange(typedSeed, 1, typedSeed.length));
        byte[] rawPublicKey = Ed25519Keys.rawPublicKey(pair.getPublic());
        String verifierKey = fields[0] + "+" + fields[1] + "+"
                + Base64.getEncoder().encodeToString(VerifierKey.typedKey(rawPublicKey));
        return new NoteSigner(pair.getPrivate(), VerifierKey.parse(verifierKey));
    }

    public VerifierKey verifierKey() {
        return verifierKey;
    }

    /** The secret signer key string; whoever holds it can sign as this log. */
    public String encodedSignerKey() {
        byte[] typedSeed = VerifierKey.typedKey(Ed25519Keys.seed(privateKey));
        return SECRET_PREFIX + verifierKey.name() + "+" + HexFormat.of().toHexDigits(verifierKey.keyHash()) + "+"
                + Base64.getEncoder().encodeToString(typedSeed);
    }

    /** Signs {@code text}, which must end in a newline and, like any note, hold no control character but newline. */
    public SignedNote sign(String text) {
        if (!text.endsWith("\n")) {
            throw new InvalidNoteException("a note text ends with a newline");
        }
        byte[] signature = Ed25519Keys.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
        SignedNote note =
                new SignedNote(text, List.of(new NoteSignature(verifierKey.name(), verifierKey.keyHash(), signature)));
        return SignedNote.parse(note.encoded());
    }
}
