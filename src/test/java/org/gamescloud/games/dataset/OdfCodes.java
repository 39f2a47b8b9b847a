package org.gamescloud.games.dataset;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds ODF-style codes: event (22 = discipline 3 + gender 1 + event 18), phase (event + 4), unit (phase + 8).
 *
 * <p>The 18-character event part is derived from the English event name so that it stays readable
 * ({@code 100MFREE}, {@code -60KG}, {@code 4X100MMED}); words are mapped through a small abbreviation table and
 * everything else is upper-cased and concatenated. A name that does not fit in 18 characters is an error, so that a
 * new event forces a deliberate abbreviation instead of a silent truncation.
 */
final class OdfCodes {

    static final int EVENT_LENGTH = 22;
    static final int PHASE_LENGTH = 26;
    static final int UNIT_LENGTH = 34;
    static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,34}");

    /** Whole-name codes where the generic rules would not be readable (esports titles). */
    private static final Map<String, String> WHOLE_NAMES = Map.of(
            "arena of valor asian games version", "ARENAOFVALOR",
            "dota 2", "DOTA2",
            "dream three kingdoms 2", "DREAM3KINGDOMS2",
            "ea sports fc online", "EAFCONLINE",
            "league of legends", "LEAGUEOFLEGENDS",
            "pubg mobile asian games version", "PUBGMOBILE",
            "street fighter v", "STREETFIGHTERV");

    /** Multi-word phrases first (order matters), then single words; an empty value drops the word. */
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("individual medley", "IM");
        PHRASES.put("individual time trial", "ITT");
        PHRASES.put("greco-roman", "GR");
        PHRASES.put("cross-country", "XC");
        PHRASES.put("points elimination", "PTSELIM");
        PHRASES.put("speed skating", "");
        PHRASES.put("inline freestyle", "");
        PHRASES.put("free skating", "FREE");
        PHRASES.put("three positions", "3POS");
        PHRASES.put("rapid fire", "RF");
        PHRASES.put("running target", "RT");
        PHRASES.put("race walk", "WALK");
        PHRASES.put("boulder & lead", "BOULDERLEAD");
        PHRASES.put("b-boys", "BBOYS");
        PHRASES.put("b-girls", "BGIRLS");
        PHRASES.put("bmx race", "RACE");
        PHRASES.put("lightweight double sculls", "LWDOUBLESCULLS");
        PHRASES.put("quadruple sculls", "QUADSCULLS");
        PHRASES.put("coxless pair", "PAIR");
        PHRASES.put("coxless four", "FOUR");
        PHRASES.put("all-around", "ALLAROUND");
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("freestyle", "FREE"),
            Map.entry("backstroke", "BACK"),
            Map.entry("breaststroke", "BREAST"),
            Map.entry("butterfly", "FLY"),
            Map.entry("medley", "MED"),
            Map.entry("hurdles", "H"),
            Map.entry("steeplechase", "SC"),
            Map.entry("throw", ""),
            Map.entry("individual", "IND"),
            Map.entry("synchronised", "SYNC"),
            Map.entry("tournament", "TEAM"),
            Map.entry("artistic", "ART"),
            Map.entry("mixed", "MIXED"),
            Map.entry("and", ""),
            Map.entry("three", "3"),
            Map.entry("sports", ""));

    private OdfCodes() {}

    /** The 22-character event code, e.g. {@code SWMM100MFREE----------}. */
    static String event(String discipline, char gender, String baseName) {
        String part = eventPart(discipline, baseName);
        return check(pad(discipline + gender + part, EVENT_LENGTH), EVENT_LENGTH);
    }

    /** The 18-character event part (unpadded). */
    static String eventPart(String discipline, String baseName) {
        String s = Normalizer.normalize(baseName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\(.*?\\)", " ")
                .trim()
                .replaceAll("\\s+", " ");
        String whole = WHOLE_NAMES.get(s);
        if (whole != null) {
            return whole;
        }
        boolean relayOfFour = s.matches(".*\\d+ x \\d+ m.*");
        // Numbers with units first, so that "m" and "kg" are not taken for words.
        s = replaceAll(s, "(\\d+) x (\\d+) m\\b", m -> m.group(1) + "X" + m.group(2) + "M");
        s = replaceAll(
                s, "\\+(\\d+(?:\\.\\d+)?) kg\\b", m -> "PLUS" + m.group(1).replace('.', '_') + "KG");
        s = replaceAll(s, "(\\d+(?:\\.\\d+)?) kg\\b", m -> "-" + m.group(1).replace('.', '_') + "KG");
        s = replaceAll(
                s,
                "\\b([ck])-(\\d) (\\d+) m\\b",
                m -> m.group(1).toUpperCase(Locale.ROOT) + m.group(2) + "-" + m.group(3)
                        + "M"); // canoe sprint: boat, then distance
        s = replaceAll(s, "\\b([ck])-(\\d)\\b", m -> m.group(1).toUpperCase(Locale.ROOT) + m.group(2));
        s = replaceAll(s, "(\\d+) km\\b", m -> m.group(1) + "KM");
        s = replaceAll(s, "(\\d+) m\\b", m -> m.group(1) + "M");
        if (discipline.equals("WRE")) {
            s = s.replace("freestyle", "FS");
        }
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            s = s.replace(e.getKey(), " " + e.getValue() + " ");
        }
        StringBuilder sb = new StringBuilder();
        for (String word : s.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (relayOfFour && word.equals("relay")) {
                continue; // "4X100M" already says it is a relay
            }
            String mapped = WORDS.get(word);
            sb.append(mapped != null ? mapped : word.toUpperCase(Locale.ROOT));
        }
        String part = sb.toString().replaceAll("[^A-Z0-9_-]", "");
        if (part.isEmpty() || part.length() > EVENT_LENGTH - 4) {
            throw new IllegalStateException("event part '" + part + "' for " + discipline + " '" + baseName
                    + "' is empty or longer than 18: add an abbreviation");
        }
        return part;
    }

    /** Phase code: event code + ODF phase (4, padded), e.g. {@code ...FNL-}. */
    static String phase(String eventCode, String phaseType) {
        return check(eventCode + pad(phaseType, 4), PHASE_LENGTH);
    }

    /** Unit code: phase code + unit number per phase in the {@code 000100--} style. */
    static String unit(String phaseCode, int number) {
        if (number < 1 || number > 9999) {
            throw new IllegalArgumentException("unit number " + number);
        }
        return check(phaseCode + String.format(Locale.ROOT, "%04d00--", number), UNIT_LENGTH);
    }

    static String pad(String s, int length) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < length) {
            sb.append('-');
        }
        return sb.toString();
    }

    /** True for a valid dataset code (at most 34 of A-Z 0-9 - _). */
    static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    static String check(String code, int exactLength) {
        if (!valid(code) || code.length() != exactLength) {
            throw new IllegalStateException("bad code '" + code + "' (expected " + exactLength + " chars)");
        }
        return code;
    }

    private static String replaceAll(String s, String regex, java.util.function.Function<Matcher, String> f) {
        Matcher m = Pattern.compile(regex).matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(" " + f.apply(m) + " "));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
