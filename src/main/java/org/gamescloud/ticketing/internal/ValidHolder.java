package org.gamescloud.ticketing.internal;

import java.util.Locale;
import org.gamescloud.platform.Problems;

/** A holder whose name and ID passed validation; the ID number is normalised and never stored as is. */
record ValidHolder(String name, IdType idType, String idNumber) {

    static ValidHolder of(OrderRequest.Holder holder, int index) {
        if (holder == null) {
            throw Problems.badRequest("holders[" + index + "] is missing");
        }
        String name = holder.name() == null ? "" : holder.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw Problems.badRequest("holders[" + index + "].name must be 1 to 100 characters");
        }
        IdType type;
        try {
            type = holder.idType() == null || holder.idType().isBlank()
                    ? IdType.PASSPORT
                    : IdType.valueOf(holder.idType().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(
                    "holders[" + index + "].idType must be PASSPORT, CN_ID, HKMO_PERMIT or TW_PERMIT");
        }
        String number = IdType.normalise(holder.idNumber());
        if (!type.accepts(number)) {
            throw Problems.badRequest("holders[" + index + "].idNumber is not a valid " + type + " number");
        }
        return new ValidHolder(name, type, number);
    }

    String canonical() {
        return name + "\u0000" + idType + "\u0000" + idNumber;
    }
}
