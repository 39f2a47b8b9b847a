package org.gamescloud.depository.note;

import java.util.Base64;

/** One signature line of a note: {@code — <key name> <base64(4-byte key hash || signature)>}. */
public record NoteSignature(String keyName, int keyHash, byte[] signature) {

    static final String LINE_PREFIX = "\u2014 ";

    public NoteSignature {
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    static NoteSignature parseLine(String line) {
        if (!line.startsWith(LINE_PREFIX)) {
            throw new InvalidNoteException("a signature line starts with an em dash and a space");
        }
        String[] fields = line.substring(LINE_PREFIX.length()).split(" ", -1);
        if (fields.length != 2 || !NoteEncoding.isValidKeyName(fields[0])) {
            throw new InvalidNoteException("a signature line reads '— <key name> <base64>'");
        }
        byte[] hashAndSignature = NoteEncoding.decodeStrictBase64(fields[1], "the signature");
        if (hashAndSignature.length < 5) {
            throw new InvalidNoteException("a signature holds a 4-byte key hash and at least one byte");
        }
        int keyHash = ((hashAndSignature[0] & 0xff) << 24)
                | ((hashAndSignature[1] & 0xff) << 16)
                | ((hashAndSignature[2] & 0xff) << 8)
                | (hashAndSignature[3] & 0xff);
        byte[] signature = new byte[hashAndSignature.length - 4];
        System.arraycopy(hashAndSignature, 4, signature, 0, signature.length);
        return new NoteSignature(fields[0], keyHash, signature);
    }

    String toLine() {
        byte[] hashAndSignature = new byte[4 + signature.length];
        hashAndSignature[0] = (byte) (keyHash >>> 24);
        hashAndSignature[1] = (byte) (keyHash >>> 16);
        hashAndSignature[2] = (byte) (keyHash >>> 8);
        hashAndSignature[3] = (byte) keyHash;
        System.arraycopy(signature, 0, hashAndSignature, 4, signature.length);
        return LINE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(hashAndSignature) + "\n";
    }
}
