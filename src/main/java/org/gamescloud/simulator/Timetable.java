package org.gamescloud.simulator;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When a venue system sends each message of a unit, in Games time: the start list ten minutes before the start,
 * live results a quarter of the way in, intermediate results (two for a unit of an hour and a half or more),
 * unofficial results at its end and official ones five minutes later (ten for a medal unit). A unit with no planned
 * end lasts as long as its sport usually does.
 */
final class Timetable {

    private Timetable() {}

    /** One message per status, each a full replacement of the unit's results at that point. */
    static List<Message> messagesOf(Field field, Performances performances, long seed) {
        Unit unit = field.unit();
        Duration duration = unit.duration(usualDuration(field.event().family()));
        OffsetDateTime start = unit.start();
        List<Message> messages = new ArrayList<>();
        messages.add(
                message(unit, start.minusMinutes(10), seed, messages.size(), Status.START_LIST, field.startList()));
        double[] intermediates = duration.toMinutes() >= 90 ? new double[] {0.5, 0.75} : new double[] {0.6};
        messages.add(
                message(unit, at(start, duration, 0.25), seed, messages.size(), Status.LIVE, performances.at(0.25)));
        for (double progress : intermediates) {
            messages.add(message(
                    unit,
                    at(start, duration, progress),
                    seed,
                    messages.size(),
                    Status.INTERMEDIATE,
                    performances.at(progress)));
        }
        List<Line> finals = performances.at(1);
        OffsetDateTime end = start.plus(duration);
        messages.add(message(unit, end, seed, messages.size(), Status.UNOFFICIAL, finals));
        messages.add(message(
                unit, end.plusMinutes(unit.isMedalUnit() ? 10 : 5), seed, messages.size(), Status.OFFICIAL, finals));
        return messages;
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
