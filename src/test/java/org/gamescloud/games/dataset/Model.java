package org.gamescloud.games.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The rows of the dataset, plus a few planning fields that are not written out. */
final class Model {

    private Model() {}

    record Noc(String code, String nameEn, String nameZh, String region) {}

    record Sport(String code, String nameEn, String nameZh) {}

    record Discipline(String code, String sport, String nameEn, String nameZh) {}

    /** A competition venue; {@code *Estimated} flags mark values filled in here rather than read in a source. */
    static final class Venue {
        final String code;
        final String nameEn;
        final String nameZh;
        final String city;
        Double latitude;
        Double longitude;
        boolean locationEstimated;
        Integer capacity;
        boolean capacityEstimated;
        final List<String> disciplines = new ArrayList<>();
        /** Disciplines added here (not in the source's sports column). */
        final List<String> disciplinesEstimated = new ArrayList<>();

        Venue(String code, String nameEn, String nameZh, String city) {
            this.code = code;
            this.nameEn = nameEn;
            this.nameZh = nameZh;
            this.city = city;
        }
    }

    static final class Event {
        final String code;
        final String discipline;
        final String nameEn;
        final String nameZh;
        final char gender;
        final String scoring;
        final boolean team;
        /** Name without the gender prefix, e.g. {@code 100 m freestyle}. */
        final String baseName;
        /** Position in the programme (source order; added events at the end of their discipline). */
        final int order;
        /** Why this event is not exactly as in the source, or null. */
        final String flag;

        Event(
                String code,
                String discipline,
                String nameEn,
                String nameZh,
                char gender,
                String scoring,
                boolean team,
                String baseName,
                int order,
                String flag) {
            this.code = code;
            this.discipline = discipline;
            this.nameEn = nameEn;
            this.nameZh = nameZh;
            this.gender = gender;
            this.scoring = scoring;
            this.team = team;
            this.baseName = baseName;
            this.order = order;
            this.flag = flag;
        }
    }

    static final class Phase {
        final String code;
        final String event;
        final String type;
        final String nameEn;
        final String nameZh;
        final int order;
        final List<Unit> units = new ArrayList<>();

        Phase(String code, String event, String type, String nameEn, String nameZh, int order) {
            this.code = code;
            this.event = event;
            this.type = type;
            this.nameEn = nameEn;
            this.nameZh = nameZh;
            this.order = order;
        }
    }

    /** Time-of-day window a unit is planned in. */
    enum Slot {
        M("Morning", "上午"),
        A("Afternoon", "下午"),
        E("Evening", "晚上");

        final String en;
        final String zh;

        Slot(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }
    }

    static final class Unit {
        final String code;
        final Phase phase;
        final Event event;
        final String nameEn;
        final String nameZh;
        final String medal;
        /** Planned length in minutes. */
        final int minutes;
        /** Field of play inside the venue (units on the same resource run one after another). */
        final String resource;
        /** Ordering rank inside a session: lower ranks are played first. */
        final int rank;
        // Planning results
        LocalDate day;
        Slot slot;
        String venue;
        LocalDateTime start;
        LocalDateTime end;
        /** Pool/knockout hint for venue choice, e.g. the pool index; -1 = none. */
        int venueHint = -1;
        /** Slots the unit may be played in, preferred first. */
        List<Slot> slotChoices = List.of();
        /** Earliest day the scheduler may move the unit to when its preferred day is full. */
        LocalDate earliestDay;
        /** Latest day the scheduler may move the unit to (pool matches), or null = the preferred day. */
        LocalDate latestDay;
        /** Only the discipline's main venue (finals). */
        boolean mainVenueOnly;

        Unit(
                String code,
                Phase phase,
                Event event,
                String nameEn,
                String nameZh,
                String medal,
                int minutes,
                String resource,
                int rank) {
            this.code = code;
            this.phase = phase;
            this.event = event;
            this.nameEn = nameEn;
            this.nameZh = nameZh;
            this.medal = medal;
            this.minutes = minutes;
            this.resource = resource;
            this.rank = rank;
        }
    }

    record Session(
            String code,
            String venue,
            LocalDateTime start,
            LocalDateTime end,
            String nameEn,
            String nameZh,
            List<String> units) {}

    record Athlete(
            String id,
            String familyName,
            String givenName,
            String noc,
            char gender,
            LocalDate birthDate,
            String discipline) {}

    record Team(String code, String name, String noc, String event, List<String> members) {}

    record Entry(String event, String competitor) {}
}
