package org.gamescloud.travel.internal.gtfs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The days each service runs: calendar.txt weekdays between two dates, with calendar_dates.txt exceptions. */
public final class ServiceCalendar {

    private record Weekly(boolean[] weekdays, LocalDate start, LocalDate end) {}

    private final Map<String, Integer> indexById = new HashMap<>();
    private final List<Weekly> weekly = new ArrayList<>();
    private final List<Set<LocalDate>> added = new ArrayList<>();
    private final List<Set<LocalDate>> removed = new ArrayList<>();

    int index(String serviceId) {
        return indexById.computeIfAbsent(serviceId, id -> {
            weekly.add(null);
            added.add(new HashSet<>());
            removed.add(new HashSet<>());
            return weekly.size() - 1;
        });
    }

    Integer find(String serviceId) {
        return indexById.get(serviceId);
    }

    void addWeekly(String serviceId, boolean[] mondayToSunday, LocalDate start, LocalDate end) {
        weekly.set(index(serviceId), new Weekly(mondayToSunday, start, end));
    }

    void addException(String serviceId, LocalDate date, boolean runs) {
        int service = index(serviceId);
        (runs ? added : removed).get(service).add(date);
    }

    public int size() {
        return weekly.size();
    }

    public boolean runsOn(int service, LocalDate date) {
        if (removed.get(service).contains(date)) {
            return false;
        }
        if (added.get(service).contains(date)) {
            return true;
        }
        Weekly days = weekly.get(service);
        return days != null
                && !date.isBefore(days.start())
                && !date.isAfter(days.end())
                && days.weekdays()[date.getDayOfWeek().getValue() - 1];
    }
}
