package org.gamescloud.media.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gamescloud.platform.Paging;
import org.gamescloud.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ODF-style resend for media partners: the stored updates that the partner's filters admit, by unit, Games day
 * or after an id, in id order, in the same JSON as the push. The partner authenticates with its API key in
 * {@code X-Api-Key} ({@code Authorization: Bearer} is taken by the platform's user tokens).
 */
@RestController
class ResendController {

    static final String API_KEY_HEADER = "X-Api-Key";

    private final Partners partners;
    private final MediaUpdates updates;

    ResendController(Partners partners, MediaUpdates updates) {
        this.partners = partners;
        this.updates = updates;
    }

    @GetMapping("/api/media/updates")
    ResponseEntity<List<PushPayload>> resend(
            @RequestHeader(name = API_KEY_HEADER, required = false) String apiKey,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Partner partner = authenticate(apiKey);
        MediaUpdates.ResendQuery query = new MediaUpdates.ResendQuery(unit(unit), day(day), after(after));
        MediaUpdates.Page found = updates.resend(partner, query, Paging.of(page, size));
        return ResponseEntity.ok()
                .headers(Paging.totalCount(found.total()))
                .body(found.updates().stream().map(PushPayload::of).toList());
    }

    private Partner authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw unauthorized("Send your media partner API key in the " + API_KEY_HEADER + " header");
        }
        Partner partner = partners.findByApiKey(apiKey.strip())
                .orElseThrow(() -> unauthorized("The media partner API key is unknown (or was replaced)"));
        if (!partner.enabled()) {
            throw Problems.forbidden("Media partner " + partner.id() + " is disabled");
        }
        return partner;
    }

    private static RuntimeException unauthorized(String detail) {
        var problem = Problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail);
        problem.getHeaders().set("WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"");
        return problem;
    }

    private static String unit(String unit) {
        if (unit != null && !unit.matches(PartnerAdminController.CODE)) {
            throw Problems.badRequest("unit must be a code of 1–34 characters from A-Z 0-9 - _, was " + unit);
        }
        return unit;
    }

    private static LocalDate day(String day) {
        try {
            return day == null ? null : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw Problems.badRequest("day must be a Games-local date such as 2023-09-27, was " + day);
        }
    }

    private static Long after(String after) {
        try {
            Long id = after == null ? null : Long.valueOf(after);
            if (id != null && id < 0) {
                throw Problems.badRequest("after must be an update id (0 or more), was " + after);
            }
            return id;
        } catch (NumberFormatException e) {
            throw Problems.badRequest("after must be an update id (0 or more), was " + after);
        }
    }
}
