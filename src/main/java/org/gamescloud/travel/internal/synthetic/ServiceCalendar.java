package org.gamescloud.travel.internal.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Service days of the feed: the Games period 19 Sep – 8 Oct 2023. {@code DAILY} runs every day; {@code WORKDAY} runs
 * on Chinese working days, which in 2023 excluded the Mid-Autumn/National Day holiday (29 Sep – 6 Oct) and included
 * the make-up working weekend of 7–8 Oct; {@code GAMES-yyyymmdd} services (calendar_dates.txt only) carry the extra
 * shuttle trips around the sessions of one day.
 */
final class ServiceCalendar {

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 9, 19);
    static final LocalDate LAST_DAY = LocalDate.of(2023, 10, 8);
    static final String DAILY = "DAILY";
    static final String WORKDAY = "WORKDAY";

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<LocalDate> HOLIDAYS = dates(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6));
    private static final Set<LocalDate> MAKE_UP_WORKDAYS = Set.of(LocalDate.of(2023, 10, 7), LocalDate.of(2023, 10, 8));

    record CalendarRow(String serviceId, boolean[] weekdays, LocalDate start, LocalDate end) {}

    /** @param exceptionType 1 = service added on that date, 2 = removed */
    record CalendarDate(String serviceId, LocalDate date, int exceptionType) {}

    private final SortedMap<String, Set<LocalDate>> gamesDays = new TreeMap<>();

    static String gamesService(LocalDate date) {
        return "GAMES-" + date.format(BASIC);
    }

    String addGamesDay(LocalDate date) {
        String id = gamesService(date);
        gamesDays.computeIfAbsent(id, k -> new TreeSet<>()).add(date);
        return id;
    }

    List<CalendarRow> calendar() {
        boolean[] everyDay = {true, true, true, true, true, true, true};
        boolean[] mondayToFriday = {true, true, true, true, true, false, false};
        return List.of(
                new CalendarRow(DAILY, everyDay, FIRST_DAY, LAST_DAY),
                new CalendarRow(WORKDAY, mondayToFriday, FIRST_DAY, LAST_DAY));
    }

    List<CalendarDate> calendarDates() {
        List<CalendarDate> rows = new ArrayList<>();
        for (LocalDate day : new TreeSet<>(HOLIDAYS)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                rows.add(new CalendarDate(WORKDAY, day, 2));
            }
        }
        for (LocalDate day : new TreeSet<>(MAKE_UP_WORKDAYS)) {
            rows.add(new CalendarDate(WORKDAY, day, 1));
        }
        gamesDays.forEach((id, days) -> days.forEach(day -> rows.add(new CalendarDate(id, day, 1))));
        return rows;
    }

    /** The services running on each day of the period. */
    SortedMap<LocalDate, Set<String>> servicesByDay() {
        SortedMap<LocalDate, Set<String>> byDay = new TreeMap<>();
        for (LocalDate day : dates(FIRST_DAY, LAST_DAY)) {
            Set<String> services = new TreeSet<>();
            services.add(DAILY);
            if (isWorkday(day)) {
                services.add(WORKDAY);
            }
            gamesDays.forEach((id, days) -> {
                if (days.contains(day)) {
                    services.add(id);
                }
            });
            byDay.put(day, services);
        }
        return byDay;
    }

    Map<String, Set<LocalDate>> gamesDays() {
        return gamesDays;
    }

    static boolean isWorkday(LocalDate day) {
        boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        return (weekday && !HOLIDAYS.contains(day)) || MAKE_UP_WORKDAYS.contains(day);
    }

    static String basic(LocalDate date) {
        return date.format(BASIC);
    }

    private static Set<LocalDate> dates(LocalDate first, LocalDate last) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
