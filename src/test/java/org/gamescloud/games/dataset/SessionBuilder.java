package org.gamescloud.games.dataset;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gamescloud.games.dataset.Model.Discipline;
import org.gamescloud.games.dataset.Model.Session;
import org.gamescloud.games.dataset.Model.Unit;

/** Groups the units of one venue, day and slot (morning/afternoon/evening) into a ticketed session. */
final class SessionBuilder {

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private SessionBuilder() {}

    static List<Session> build(List<Unit> units, Map<String, Discipline> disciplines) {
        Map<String, List<Unit>> byKey = new TreeMap<>();
        for (Unit u : units) {
            // Venues with separate halls (chess/go/xiangqi/bridge, the Chun'an courses...) get one session per
            // discipline, as they are ticketed and run separately.
            String code = String.format(
                    Locale.ROOT,
                    "%s-%02d%02d-%s",
                    u.venue,
                    u.day.getMonthValue(),
                    u.day.getDayOfMonth(),
                    u.slot.name());
            if (Profiles.MULTI_FIELD_VENUES.contains(u.venue)) {
                code = code + "-" + u.event.discipline;
            }
            byKey.computeIfAbsent(code, k -> new ArrayList<>()).add(u);
        }
        List<Session> sessions = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> s : byKey.entrySet()) {
            List<Unit> list = s.getValue();
            list.sort(Comparator.comparing((Unit u) -> u.start).thenComparing(u -> u.code));
            LocalDateTime start = list.get(0).start;
            LocalDateTime end =
                    list.stream().map(u -> u.end).max(LocalDateTime::compareTo).orElseThrow();
            Set<String> en = new LinkedHashSet<>();
            Set<String> zh = new LinkedHashSet<>();
            for (Unit u : list) {
                Discipline d = disciplines.get(u.event.discipline);
                en.add(d.nameEn());
                zh.add(d.nameZh());
            }
            Unit first = list.get(0);
            String nameEn = String.join(" / ", en) + " – " + first.slot.en.toLowerCase(Locale.ROOT) + " session, "
                    + first.day.getDayOfMonth() + " " + MONTHS[first.day.getMonthValue() - 1];
            String nameZh = String.join("、", zh) + " " + first.day.getMonthValue() + "月" + first.day.getDayOfMonth()
                    + "日" + first.slot.zh + "场";
            List<String> codes = list.stream().map(u -> u.code).toList();
            sessions.add(new Session(s.getKey(), first.venue, start, end, nameEn, nameZh, codes));
        }
        return sessions;
    }
}
