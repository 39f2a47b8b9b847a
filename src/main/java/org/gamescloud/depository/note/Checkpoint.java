package org.gamescloud.depository.note;

import org.gamescloud.depository.merkle.Hash;

/**
 * The state of a log as a C2SP tlog-checkpoint: the note body {@code <origin>\n<tree size>\n<base64 root hash>\n}.
 * Extension lines after the root hash are allowed by the format; they are accepted on parsing and not produced.
 */
public record Checkpoint(String origin, long treeSize, Hash rootHash) {

    public Checkpoint {
        if (origin.isBlank() || origin.contains("\n")) {
            throw new InvalidNoteException("a checkpoint origin is one non-empty line");
        }
        if (treeSize < 0) {
            throw new InvalidNoteException("a tree size is not negative");
        }
    }

    public String body() {
        return origin + "\n" + treeSize + "\n" + rootHash.toBase64() + "\n";
    }

    public static Checkpoint parse(String body) {
        if (!body.endsWith("\n")) {
            throw new InvalidNoteException("a checkpoint ends with a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new InvalidNoteException("a checkpoint has an origin, a tree size and a root hash line");
        }
        for (String line : lines) {
            if (line.isEmpty()) {
                throw new InvalidNoteException("a checkpoint has no empty lines");
            }
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new InvalidNoteException("the tree size is a decimal number without leading zeros");
        }
        byte[] root = NoteEncoding.decodeStrictBase64(lines[2], "the root hash");
        if (root.length != Hash.SIZE_BYTES) {
            throw new InvalidNoteException("the root hash has 32 bytes");
        }
        try {
            return new Checkpoint(lines[0], Long.parseLong(lines[1]), Hash.of(root));
        } catch (NumberFormatException e) {
            throw new InvalidNoteException("the tree size is too large");
        }
    }

    /** Signs this checkpoint as the log identified by the signer's key. */
    public SignedNote signedBy(NoteSigner signer) {
        return signer.sign(body());
    }

    /** The checkpoint in {@code note}, if the log's {@code key} signed it. */
    public static Checkpoint openSigned(String note, VerifierKey key) {
        return parse(SignedNote.parse(note).verifiedText(key));
    }
}
