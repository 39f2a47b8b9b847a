package org.gamescloud.ticketing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ticketing API of API.md: sessions on sale, orders, refunds, transfers and the e-ticket keys. */
@RestController
class TicketingApiController {

    private final SaleListing listing;
    private final Purchases purchases;
    private final Refunds refunds;
    private final SigningKeys keys;
    private final GamesClock clock;

    TicketingApiController(
            SaleListing listing, Purchases purchases, Refunds refunds, SigningKeys keys, GamesClock clock) {
        this.listing = listing;
        this.purchases = purchases;
        this.refunds = refunds;
        this.keys = keys;
        this.clock = clock;
    }

    record SessionOnSale(
            String code,
            String venue,
            String city,
            String discipline,
            OffsetDateTime start,
            OffsetDateTime end,
            List<CategoryOnSale> categories) {}

    record CategoryOnSale(String code, String price, String currency, int available) {}

    @GetMapping("/api/ticketing/sessions")
    List<SessionOnSale> sessions(
            @RequestParam(required = false) String sport,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String city) {
        return listing.list(clock.now(), new SaleListing.Filter(sport, date, city)).stream()
                .map(s -> new SessionOnSale(
                        s.session().code(),
                        s.session().venue(),
                        s.session().city(),
                        s.session().discipline(),
                        s.session().start(),
                        s.session().end(),
                        s.categories().stream()
                                .map(c -> new CategoryOnSale(
                                        c.category().code(),
                                        c.category().price().toPlainString(),
                                        "CNY",
                                        c.available()))
                                .toList()))
                .toList();
    }

    @PostMapping("/api/ticketing/orders")
    @PreAuthorize("hasRole('SPECTATOR')")
    ResponseEntity<OrderView> order(
            Authentication authentication,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody OrderRequest request) {
        return answer(purchases.purchase(authentication.getName(), idempotencyKey, request));
    }

    static ResponseEntity<OrderView> answer(OrderView order) {
        return switch (order.state()) {
            case "PAID", "REFUNDED" -> ResponseEntity.status(HttpStatus.CREATED).body(order);
            case "PAYING" -> ResponseEntity.status(HttpStatus.ACCEPTED).body(order);
            default ->
                throw Problems.problem(
                        HttpStatus.PAYMENT_REQUIRED,
                        "payment-failed",
                        "The payment was not completed (" + order.state() + "); nothing was sold",
                        Map.of("orderId", order.orderId()));
        };
    }

    @PostMapping("/api/ticketing/orders/{orderId}/refund")
    OrderView refund(Authentication authentication, @PathVariable String orderId) {
        return refunds.refund(uuid(orderId), authentication.getName(), isAdmin(authentication));
    }

    @PostMapping("/api/ticketing/tickets/{ticketId}/transfer")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    OrderView.TicketView transfer(
            Authentication authentication, @PathVariable String ticketId, @RequestBody OrderRequest.Holder holder) {
        return refunds.transfer(
                uuid(ticketId), authentication.getName(), isAdmin(authentication), ValidHolder.of(holder, 0));
    }

    @GetMapping("/api/ticketing/keys")
    Map<String, List<Map<String, String>>> keys() {
        return Map.of(
                "keys",
                keys.published().stream()
                        .map(key -> Map.of(
                                "kty", "OKP", "crv", "Ed25519", "kid", key.kid(), "x", key.x(), "use", "sig", "alg",
                                "EdDSA"))
                        .toList());
    }

    static boolean isAdmin(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("No such order or ticket: " + id);
        }
    }
}
