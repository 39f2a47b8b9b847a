package org.gamescloud.depository.note;

/** A signed note, checkpoint or key that is malformed, or whose signature does not verify. */
public class InvalidNoteException extends IllegalArgumentException {

    public InvalidNoteException(String message) {
        super(message);
    }
}
