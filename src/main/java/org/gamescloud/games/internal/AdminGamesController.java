package org.gamescloud.games.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Event;
import org.gamescloud.games.Gender;
import org.gamescloud.games.MedalUnit;
import org.gamescloud.games.Scoring;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Creation of Games data by an administrator, one item at a time (datasets come in whole through the importer). */
@RestController
class AdminGamesController {

    static final String CODE = "[A-Z0-9_-]{1,34}";
    static final String CODE_MESSAGE = "must be 1–34 characters from A-Z 0-9 - _";

    private final GamesDataEditor editor;

    AdminGamesController(GamesDataEditor editor) {
        this.editor = editor;
    }

    record NewAthlete(
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String id,
            @NotBlank @Size(max = 200) String name,

            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String noc,

            @NotNull Gender gender,
            @Past LocalDate birthDate,
            List<@NotBlank String> events) {}

    record NewEvent(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String nameZh,
            @NotBlank String discipline,
            @NotNull Gender gender,
            @NotNull Scoring scoring,
            Boolean team) {}

    record NewUnit(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank String eventCode,

            @NotBlank @Pattern(regexp = "[A-Z0-9]{1,4}", message = "must be an ODF phase code such as HEAT or FNL")
            String phase,

            @NotBlank String venueCode,
            @NotNull OffsetDateTime start,
            OffsetDateTime end,
            @Size(max = 200) String name,
            MedalUnit medalUnit) {}

    record NewSession(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank String venueCode,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            @Size(max = 200) String name,
            @NotNull List<@NotBlank String> units) {}

    record NewTeam(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotBlank String noc,
            String event,
            @NotEmpty List<@NotBlank String> members) {}

    @PostMapping("/api/admin/athletes")
    @ResponseStatus(HttpStatus.CREATED)
    Competitors.Athlete createAthlete(@Valid @RequestBody NewAthlete request) {
        return editor.createAthlete(request);
    }

    @PostMapping("/api/admin/events")
    @ResponseStatus(HttpStatus.CREATED)
    Event createEvent(@Valid @RequestBody NewEvent request) {
        return editor.createEvent(request);
    }

    @PostMapping("/api/admin/units")
    @ResponseStatus(HttpStatus.CREATED)
    CompetitionUnit createUnit(@Valid @RequestBody NewUnit request) {
        return editor.createUnit(request);
    }

    @PostMapping("/api/admin/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    Sessions.Session createSession(@Valid @RequestBody NewSession request) {
        return editor.createSession(request);
    }

    @PostMapping("/api/admin/teams")
    @ResponseStatus(HttpStatus.CREATED)
    Competitors.Team createTeam(@Valid @RequestBody NewTeam request) {
        return editor.createTeam(request);
    }
}
