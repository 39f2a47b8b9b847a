package org.gamescloud.games;

import java.util.Optional;

/**
 * An ODF results code (RSC): discipline (3) + gender (1) + event (18) + phase (4) + unit (8) = 34 characters,
 * padded with {@code -}, e.g. {@code ATHM100M--------------FNL-000100--}. Prefixes of it name the event (22
 * characters) and the phase (26). Datasets may use other codes for units; {@link #parse} tells them apart.
 */
public record OdfCode(String discipline, Gender gender, String event, String phase, String unit) {

    public static final int DISCIPLINE_LENGTH = 3;
    public static final int EVENT_CODE_LENGTH = 22;
    public static final int PHASE_CODE_LENGTH = 26;
    public static final int UNIT_CODE_LENGTH = 34;

    public OdfCode {
        require(discipline, "discipline", DISCIPLINE_LENGTH, true);
        require(event, "event", 18, false);
        require(phase, "phase", 4, false);
        require(unit, "unit", 8, false);
        if (gender == null) {
            throw new IllegalArgumentException("gender is required");
        }
    }

    /** The code of a unit: each part is upper-cased and padded with {@code -} to its ODF width. */
    public static OdfCode of(String discipline, Gender gender, String event, String phase, String unit) {
        return new OdfCode(discipline.toUpperCase(), gender, pad(event, 18), pad(phase, 4), pad(unit, 8));
    }

    /** The parts of a 34-character ODF unit code, or empty if the code is not one. */
    public static Optional<OdfCode> parse(String code) {
        if (code == null || code.length() != UNIT_CODE_LENGTH || !Codes.isValid(code)) {
            return Optional.empty();
        }
        Gender gender;
        try {
            gender = Gender.valueOf(code.substring(3, 4));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OdfCode(
                    code.substring(0, 3), gender, code.substring(4, 22), code.substring(22, 26), code.substring(26)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String eventCode() {
        return discipline + gender.name() + event;
    }

    public String phaseCode() {
        return eventCode() + phase;
    }

    /** The ODF phase type without padding, e.g. {@code FNL}. */
    public String phaseType() {
        return phase.replaceAll("-+$", "");
    }

    @Override
    public String toString() {
        return phaseCode() + unit;
    }

    private static String pad(String part, int width) {
        String upper = part.toUpperCase().replace(' ', '-');
        if (upper.length() > width) {
            throw new IllegalArgumentException("'" + part + "' is longer than " + width + " characters");
        }
        return upper + "-".repeat(width - upper.length());
    }

    private static void require(String part, String name, int width, boolean lettersOnly) {
        if (part == null || part.length() != width || !part.matches(lettersOnly ? "[A-Z0-9]+" : "[A-Z0-9_-]+")) {
            throw new IllegalArgumentException(name + " must be " + width + " characters of A-Z 0-9 - _: " + part);
        }
    }
}
