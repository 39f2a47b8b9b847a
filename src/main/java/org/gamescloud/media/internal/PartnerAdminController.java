package org.gamescloud.media.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: register, list, change, disable and re-key media partners, and see how their delivery stands. */
@RestController
@RequestMapping("/api/admin/media/partners")
class PartnerAdminController {

    static final String CODE = "[A-Z0-9_-]{1,34}";
    private static final String CODE_MESSAGE = "must be codes of 1–34 characters from A-Z 0-9 - _";

    private final Partners partners;
    private final GamesClock clock;

    PartnerAdminController(Partners partners, GamesClock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    record PartnerRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 2000) String endpoint,
            @Size(max = 1000) List<@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String> events,
            @Size(max = 1000) List<@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String> units,
            @Size(max = 1000) List<@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String> nocs) {

        PartnerFilter filter() {
            return new PartnerFilter(codes(events), codes(units), codes(nocs));
        }

        private static Set<String> codes(List<String> codes) {
            return codes == null ? Set.of() : Set.copyOf(codes);
        }
    }

    record Filters(List<String> events, List<String> units, List<String> nocs) {

        static Filters of(PartnerFilter filter) {
            return new Filters(sorted(filter.events()), sorted(filter.units()), sorted(filter.nocs()));
        }

        private static List<String> sorted(Set<String> codes) {
            return codes.stream().sorted().toList();
        }
    }

    record Status(
            long queued,
            Long nextUpdateId,
            BigDecimal lagSeconds,
            Long lastDeliveredId,
            OffsetDateTime lastDeliveredAt,
            int failedAttempts,
            String lastError,
            OffsetDateTime lastErrorAt,
            OffsetDateTime nextAttemptAt,
            String deliveringNode) {

        static Status of(DeliveryStatus status) {
            return new Status(
                    status.queued(),
                    status.oldestQueuedId(),
                    status.lagSeconds(),
                    status.lastDeliveredId(),
                    local(status.lastDeliveredAt()),
                    status.failedAttempts(),
                    status.lastError(),
                    local(status.lastErrorAt()),
                    local(status.nextAttemptAt()),
                    status.deliveringNode());
        }
    }

    /** A partner as the admin API shows it; {@code apiKey} only in the answer that created it (shown once). */
    record PartnerView(
            long id,
            String name,
            String endpoint,
            Filters filters,
            boolean enabled,
            OffsetDateTime createdAt,
            String apiKey,
            Status status) {

        static PartnerView of(Partner partner, String apiKey, Status status) {
            return new PartnerView(
                    partner.id().value(),
                    partner.name(),
                    partner.endpoint(),
                    Filters.of(partner.filter()),
                    partner.enabled(),
                    local(partner.createdAt()),
                    apiKey,
                    status);
        }

        static PartnerView of(Partners.PartnerWithStatus found) {
            return of(found.partner(), null, Status.of(found.status()));
        }
    }

    record NewKey(long id, String apiKey) {}

    @PostMapping
    ResponseEntity<PartnerView> register(@Valid @RequestBody PartnerRequest request) {
        String endpoint = PartnerEndpoints.validate(request.endpoint());
        Partners.Registered registered =
                partners.register(request.name().strip(), endpoint, request.filter(), clock.instant());
        PartnerId id = registered.partner().id();
        return ResponseEntity.created(URI.create("/api/admin/media/partners/" + id))
                .body(PartnerView.of(registered.partner(), registered.apiKey(), null));
    }

    @GetMapping
    List<PartnerView> list() {
        return partners.listWithStatus().stream().map(PartnerView::of).toList();
    }

    @GetMapping("/{id}")
    PartnerView find(@PathVariable long id) {
        return PartnerView.of(found(new PartnerId(id)));
    }

    @PutMapping("/{id}")
    PartnerView update(@PathVariable long id, @Valid @RequestBody PartnerRequest request) {
        PartnerId partner = new PartnerId(id);
        String endpoint = PartnerEndpoints.validate(request.endpoint());
        if (!partners.update(partner, request.name().strip(), endpoint, request.filter())) {
            throw noSuchPartner(partner);
        }
        return PartnerView.of(found(partner));
    }

    @PostMapping("/{id}/disable")
    PartnerView disable(@PathVariable long id) {
        return setEnabled(new PartnerId(id), false);
    }

    @PostMapping("/{id}/enable")
    PartnerView enable(@PathVariable long id) {
        return setEnabled(new PartnerId(id), true);
    }

    @PostMapping("/{id}/key")
    NewKey rotateKey(@PathVariable long id) {
        PartnerId partner = new PartnerId(id);
        String apiKey = partners.rotateKey(partner).orElseThrow(() -> noSuchPartner(partner));
        return new NewKey(id, apiKey);
    }

    private PartnerView setEnabled(PartnerId partner, boolean enabled) {
        if (!partners.enable(partner, enabled)) {
            throw noSuchPartner(partner);
        }
        return PartnerView.of(found(partner));
    }

    private Partners.PartnerWithStatus found(PartnerId partner) {
        return partners.findWithStatus(partner).orElseThrow(() -> noSuchPartner(partner));
    }

    private static RuntimeException noSuchPartner(PartnerId partner) {
        return Problems.notFound("No media partner " + partner);
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, GamesClock.GAMES_ZONE);
    }
}
