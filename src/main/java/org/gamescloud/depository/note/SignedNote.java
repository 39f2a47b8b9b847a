package org.gamescloud.depository.note;

import java.util.ArrayList;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, then one signature line per signer. Parsing checks
 * only the syntax; {@link #verifiedText} decides whether to trust the text.
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    /** Like the Go reference, refuse notes with absurdly many signatures rather than verify them all. */
    private static final int MAX_SIGNATURES = 100;

    public SignedNote {
        signatures = List.copyOf(signatures);
    }

    public static SignedNote parse(String note) {
        if (note.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new InvalidNoteException("a note holds no control characters other than newline");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new InvalidNoteException("a note separates its text from its signatures by a blank line");
        }
        String text = note.substring(0, split + 1);
        String signatureBlock = note.substring(split + 2);
        if (signatureBlock.isEmpty() || !signatureBlock.endsWith("\n")) {
            throw new InvalidNoteException("a note ends with at least one newline-terminated signature line");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line :
                signatureBlock.substring(0, signatureBlock.length() - 1).split("\n", -1)) {
            signatures.add(NoteSignature.parseLine(line));
        }
        if (signatures.size() > MAX_SIGNATURES) {
            throw new InvalidNoteException("a note has at most " + MAX_SIGNATURES + " signatures");
        }
        return new SignedNote(text, signatures);
    }

    /**
     * The text, if {@code key} signed it. Signatures by other keys are ignored, as a note may carry witnesses'
     * cosignatures; a signature that claims to be by {@code key} but does not verify is refused outright.
     */
    public String verifiedText(VerifierKey key) {
        boolean signed = false;
        for (NoteSignature signature : signatures) {
            if (signature.keyName().equals(key.name()) && signature.keyHash() == key.keyHash()) {
                if (!key.verifies(text, signature.signature())) {
                    throw new InvalidNoteException("the signature by " + key.name() + " does not verify");
                }
                signed = true;
            }
        }
        if (!signed) {
            throw new InvalidNoteException("the note carries no signature by " + key.name());
        }
        return text;
    }

    public String encoded() {
        StringBuilder note = new StringBuilder(text).append('\n');
        signatures.forEach(signature -> note.append(signature.toLine()));
        return note.toString();
    }
}
