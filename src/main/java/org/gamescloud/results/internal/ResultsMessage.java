package org.gamescloud.results.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.internal.ranking.InvalidResultException;
import org.gamescloud.results.internal.ranking.ResultLine;
import tools.jackson.databind.JsonNode;

/**
 * A results message of a venue system (API.md): a full replacement of the unit's results, never a delta.
 *
 * @param sequence increases per unit; a message at or below the last applied one is stale
 */
record ResultsMessage(
        @NotBlank @Size(max = 100) String messageId,
        @NotNull @PositiveOrZero Long sequence,
        @NotNull ResultStatus status,
        @Size(max = 2000) String note,
        @NotNull @Size(max = 2000) List<@NotNull @Valid Line> results) {

    record Line(
            @NotBlank @Size(max = 34) String competitor,
            @Size(max = 20) String mark,

            @Pattern(regexp = "[A-Z]{1,4}", message = "must be an invalid result mark such as DNS, DNF, DSQ or NM")
            String irm,

            Boolean winner,
            Map<String, String> components,
            List<@Valid Dive> dives,
            JsonNode attempts) {}

    record Dive(@NotBlank String difficulty, @NotNull List<@NotBlank String> judges) {}

    List<ResultLine> lines() {
        return results.stream().map(ResultsMessage::line).toList();
    }

    /** Attempts come as a list (distance: {@code ["8.10","X"]}) or as an object by height ({@code {"2.20":"O"}}). */
    private static ResultLine line(Line line) {
        List<String> attempts = new ArrayList<>();
        Map<String, String> heights = new LinkedHashMap<>();
        JsonNode node = line.attempts();
        if (node != null && !node.isNull()) {
            if (node.isArray()) {
                node.values().forEach(attempt -> attempts.add(text(line, attempt)));
            } else if (node.isObject()) {
                node.properties().forEach(height -> heights.put(height.getKey(), text(line, height.getValue())));
            } else {
                throw new InvalidResultException("attempts of " + line.competitor()
                        + " must be a list (distance) or an object by height (height)");
            }
        }
        List<ResultLine.Dive> dives = line.dives() == null
                ? List.of()
                : line.dives().stream()
                        .map(dive -> new ResultLine.Dive(dive.difficulty(), dive.judges()))
                        .toList();
        return new ResultLine(
                line.competitor(), line.mark(), line.irm(), line.winner(), line.components(), dives, attempts, heights);
    }

    private static String text(Line line, JsonNode value) {
        if (!value.isValueNode() || value.isNull()) {
            throw new InvalidResultException(
                    "attempts of " + line.competitor() + " must be strings such as \"8.10\" or \"X\"");
        }
        return value.asString();
    }
}
