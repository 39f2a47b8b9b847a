package org.gamescloud.depository.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A document to deposit: its SHA-256 digest and what describes it, never its content. Checks every field before
 * anything is appended, and writes the log entry as canonical JSON (docs/depository.md, "Deposited documents").
 */
record DocumentDeposit(
        String title, byte[] sha256, String mediaType, OffsetDateTime signedAt, List<String> parties, Instant at) {

    static final int MAX_TITLE = 300;
    static final int MAX_PARTIES = 50;
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
    private static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-fA-F]{64}");

    /** Invalid fields, each named; the deposit changes nothing. */
    static final class InvalidDocumentException extends RuntimeException {
        InvalidDocumentException(List<String> problems) {
            super(String.join("; ", problems));
        }
    }

    /** Reads the fields as the API receives them: the digest in hex or base64, the signing time in ISO-8601. */
    static DocumentDeposit of(
            String title, String sha256, String mediaType, String signedAt, List<String> parties, Instant at) {
        List<String> problems = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            problems.add("title is required, at most " + MAX_TITLE + " characters");
        }
        byte[] digest = digest(sha256);
        if (digest == null) {
            problems.add("sha256 is the 32-byte SHA-256 digest in hex (64 digits) or base64");
        }
        String type = mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(type).matches()) {
            problems.add("mediaType is a media type such as application/pdf");
        }
        OffsetDateTime signed = null;
        if (signedAt != null && !signedAt.isBlank()) {
            try {
                signed = OffsetDateTime.parse(signedAt.strip());
            } catch (DateTimeParseException e) {
                problems.add("signedAt is an ISO-8601 date-time with offset, such as 2022-09-10T10:00:00+08:00");
            }
        }
        List<String> cleanParties = parties == null
                ? List.of()
                : parties.stream().map(p -> p == null ? "" : p.strip()).toList();
        if (cleanParties.size() > MAX_PARTIES
                || cleanParties.stream().anyMatch(p -> p.isEmpty() || p.length() > MAX_TITLE)) {
            problems.add("parties are at most " + MAX_PARTIES + " non-empty names");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        return new DocumentDeposit(cleanTitle, digest, type, signed, cleanParties, at);
    }

    String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** The log entry: the digest in lower-case hex, times in UTC with their written precision kept. */
    String entry() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "document");
        document.put("title", title);
        document.put("sha256", sha256Hex());
        document.put("mediaType", mediaType);
        document.put(
                "signedAt",
                signedAt == null
                        ? null
                        : signedAt.withOffsetSameInstant(ZoneOffset.UTC).toString());
        document.put("parties", parties);
        document.put("depositedAt", at.toString());
        return CanonicalJson.write(document);
    }

    private static byte[] digest(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (HEX_DIGEST.matcher(value).matches()) {
            return HexFormat.of().parseHex(value.toLowerCase(Locale.ROOT));
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(value);
            return decoded.length == 32 ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
