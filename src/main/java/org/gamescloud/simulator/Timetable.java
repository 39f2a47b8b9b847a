package org.gamescloud.simulator;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When a venue system sends each message of a unit, in Games time: the start list ten minutes before the start, then
 * every change as the venue's timing, scoring or judging system records it while the unit runs (a split time, a
 * point, an attempt, a judge's score: one message each, every one a full replacement of the unit's results), LIVE in
 * the first half of the unit and INTERMEDIATE in the second, unofficial results at its end and official ones five
 * minutes later (ten for a medal unit). A unit with no planned end lasts as long as its sport usually does.
 */
final class Timetable {

    /** Every change of the unit: the sending of live updates as venue systems do on a Games day. */
    static final int EVERY_CHANGE = 0;

    /** How finely the running unit is sampled for changes: enough to tell apart every point of a basketball game. */
    private static final int STEPS = 2_000;

    private Timetable() {}

    /** Every change of the unit as it runs. */
    static List<Message> messagesOf(Field field, Performances performances, long seed) {
        return messagesOf(field, performances, seed, EVERY_CHANGE);
    }

    /**
     * @param updatesPerUnit at most this many live and intermediate updates (spread evenly over the unit, the last
     *     state always sent), or {@link #EVERY_CHANGE}
     */
    static List<Message> messagesOf(Field field, Performances performances, long seed, int updatesPerUnit) {
        Unit unit = field.unit();
        Duration duration = unit.duration(usualDuration(field.event().family()));
        OffsetDateTime start = unit.start();
        List<Message> messages = new ArrayList<>();
        messages.add(
                message(unit, start.minusMinutes(10), seed, messages.size(), Status.START_LIST, field.startList()));
        List<Update> updates = new ArrayList<>(thin(updates(field, performances, duration), updatesPerUnit));
        if (updates.isEmpty() || updates.get(0).progress() >= 0.5) {
            updates.add(0, new Update(0.25, performances.at(0.25)));
        }
        if (updates.get(updates.size() - 1).progress() < 0.5) {
            updates.add(new Update(0.75, performances.at(0.75)));
        }
        for (Update update : updates) {
            Status status = update.progress() < 0.5 ? Status.LIVE : Status.INTERMEDIATE;
            messages.add(message(
                    unit, at(start, duration, update.progress()), seed, messages.size(), status, update.lines()));
        }
        List<Line> finals = performances.at(1);
        OffsetDateTime end = start.plus(duration);
        messages.add(message(unit, end, seed, messages.size(), Status.UNOFFICIAL, finals));
        messages.add(message(
                unit, end.plusMinutes(unit.isMedalUnit() ? 10 : 5), seed, messages.size(), Status.OFFICIAL, finals));
        return messages;
    }

    /** The unit's results at a point of its running. */
    record Update(double progress, List<Line> lines) {}

    /**
     * The unit's results after each change while it runs. In a contest of two a change is the new score of the
     * contest, and the venue also sends at its sport's pace (each rally, move or play) though the line may not
     * change; in a field each competitor's change is a message of its own (one attempt, one split, one judge's
     * sheet), in start order where several fall at once.
     */
    static List<Update> updates(Field field, Performances performances, Duration duration) {
        boolean contest = field.match() || field.event().family().isContest();
        List<Update> changes = changes(field, performances, contest);
        if (!contest) {
            return changes;
        }
        int actions = (int) Math.round(VenuePace.messagesPerMinute(field.event()) * duration.toMinutes());
        List<Update> updates = new ArrayList<>();
        List<Line> shown = field.startList();
        int next = 0;
        for (int action = 1; action <= actions; action++) {
            double progress = (double) action / (actions + 1);
            while (next < changes.size() && changes.get(next).progress() <= progress) {
                Update change = changes.get(next++);
                updates.add(change);
                shown = change.lines();
            }
            updates.add(new Update(progress, shown));
        }
        updates.addAll(changes.subList(next, changes.size()));
        return updates;
    }

    private static List<Update> changes(Field field, Performances performances, boolean contest) {
        List<Update> updates = new ArrayList<>();
        List<Line> shown = field.startList();
        for (int step = 1; step < STEPS; step++) {
            double progress = (double) step / STEPS;
            List<Line> next = performances.at(progress);
            if (next.equals(shown)) {
                continue;
            }
            if (contest) {
                shown = next;
                updates.add(new Update(progress, shown));
                continue;
            }
            for (int i = 0; i < next.size(); i++) {
                if (!next.get(i).equals(shown.get(i))) {
                    List<Line> changed = new ArrayList<>(shown);
                    changed.set(i, next.get(i));
                    shown = List.copyOf(changed);
                    updates.add(new Update(progress, shown));
                }
            }
        }
        return updates;
    }

    private static List<Update> thin(List<Update> updates, int most) {
        if (most == EVERY_CHANGE || updates.size() <= most) {
            return updates;
        }
        List<Update> kept = new ArrayList<>();
        for (int i = 1; i <= most; i++) {
            kept.add(updates.get((int) Math.ceil((double) i * updates.size() / most) - 1));
        }
        return kept;
    }

    /** The message that corrects an OFFICIAL unit: the next in its sequence, half an hour after the official one. */
    static Message correction(Message official, List<Line> corrected, String note, long seed) {
        long sequence = official.sequence() + 1;
        return new Message(
                official.unitCode(),
                official.due().plusMinutes(30),
                messageId(seed, official.unitCode(), sequence),
                sequence,
                Status.OFFICIAL,
                note,
                corrected);
    }

    private static Message message(
            Unit unit, OffsetDateTime due, long seed, int sent, Status status, List<Line> lines) {
        long sequence = sent + 1;
        return new Message(unit.code(), due, messageId(seed, unit.code(), sequence), sequence, status, null, lines);
    }

    /** Message ids name the seed, the unit and the sequence: a retried message is recognised as the same. */
    private static String messageId(long seed, String unitCode, long sequence) {
        return "sim-" + seed + "/" + unitCode + "/" + sequence;
    }

    private static OffsetDateTime at(OffsetDateTime start, Duration duration, double progress) {
        return start.plusSeconds(Math.round(duration.toSeconds() * progress));
    }

    private static Duration usualDuration(Family family) {
        return switch (family) {
            case TIME -> Duration.ofMinutes(10);
            case DISTANCE, HEIGHT -> Duration.ofMinutes(120);
            case JUDGED -> Duration.ofMinutes(90);
            case POINTS_HIGH, POINTS_LOW, HEAD_TO_HEAD, ROUND_ROBIN -> Duration.ofMinutes(60);
        };
    }
}
