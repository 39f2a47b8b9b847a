package org.gamescloud.ticketing.internal;

import java.util.regex.Pattern;

/** The identity documents a real-name ticket may be bought with, and what a well-formed number of each looks like. */
enum IdType {
    /** Passport: 5 to 20 letters or digits. */
    PASSPORT(Pattern.compile("[A-Z0-9]{5,20}")),
    /** Resident identity card of the PRC (GB 11643-1999): 17 digits and a check character (digit or X). */
    CN_ID(Pattern.compile("[0-9]{17}[0-9X]")),
    /** Mainland travel permit for Hong Kong and Macao residents: H or M, then 8 (or 10) digits. */
    HKMO_PERMIT(Pattern.compile("[HM][0-9]{8}([0-9]{2})?")),
    /** Mainland travel permit for Taiwan residents: 8 digits (or 10 on older permits). */
    TW_PERMIT(Pattern.compile("[0-9]{8}([0-9]{2})?"));

    private static final int[] CN_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CN_ID_CHECK = "10X98765432";

    private final Pattern format;

    IdType(Pattern format) {
        this.format = format;
    }

    /** The number as stored and hashed: upper case, without spaces. */
    static String normalise(String number) {
        return number == null ? "" : number.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    boolean accepts(String normalisedNumber) {
        return format.matcher(normalisedNumber).matches() && (this != CN_ID || checksumHolds(normalisedNumber));
    }

    /** GB 11643: the weighted sum of the first 17 digits modulo 11 selects the check character. */
    static boolean checksumHolds(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * CN_ID_WEIGHTS[i];
        }
        return CN_ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }
}
