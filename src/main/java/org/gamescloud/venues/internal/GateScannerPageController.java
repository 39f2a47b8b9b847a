package org.gamescloud.venues.internal;

import java.util.List;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.venues.GateDirection;
import org.gamescloud.venues.ScanReason;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The steward's page: paste (or let a hand scanner type) a ticket's payload, see a big green or red answer. Works
 * with htmx (the answer swaps in, the payload field is cleared for the next ticket) and without it (a full page).
 */
@Controller
@PreAuthorize("hasAnyRole('GATE', 'ADMIN')")
class GateScannerPageController {

    /** What the page shows after a scan: the verdict, or why the scan could not be made. */
    record Verdict(GateScanController.ScanResponse scan, String error) {

        public boolean green() {
            return scan != null && (scan.admitted() || scan.reason() == ScanReason.EXITED);
        }
    }

    private final Gates gates;
    private final GateAccess access;
    private final GamesClock clock;

    GateScannerPageController(Gates gates, GateAccess access, GamesClock clock) {
        this.gates = gates;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/gates/scanner")
    String scanner(@RequestParam(required = false) String gate, Authentication user, Model model) {
        model.addAttribute("gate", gate != null ? gate : defaultGate(user));
        model.addAttribute("direction", GateDirection.IN);
        model.addAttribute("venues", access.venuesOf(user));
        return "venues/scanner";
    }

    @PostMapping("/gates/scanner")
    String scan(
            @RequestParam(defaultValue = "") String qr,
            @RequestParam(defaultValue = "") String gate,
            @RequestParam(defaultValue = "IN") GateDirection direction,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication user,
            Model model) {
        model.addAttribute("verdict", verdict(qr, gate, direction, user));
        model.addAttribute("gate", gate);
        model.addAttribute("direction", direction);
        model.addAttribute("venues", access.venuesOf(user));
        return htmx != null ? "venues/scanner :: result" : "venues/scanner";
    }

    private Verdict verdict(String qr, String gate, GateDirection direction, Authentication user) {
        if (qr.isBlank() || qr.length() > GateScanController.MAX_PAYLOAD) {
            return new Verdict(null, "venues.gates.error.payload");
        }
        try {
            GateId gateId = access.gate(gate, user);
            return new Verdict(
                    GateScanController.ScanResponse.of(
                            gates.scan(gateId, new Gates.Scan(qr.strip(), direction, clock.instant()))),
                    null);
        } catch (ErrorResponseException e) {
            return new Verdict(
                    null,
                    switch (e.getStatusCode().value()) {
                        case 403 -> "venues.gates.error.scope";
                        case 503 -> "venues.gates.error.unavailable";
                        default -> "venues.gates.error.gate";
                    });
        }
    }

    private String defaultGate(Authentication user) {
        List<String> venues = access.venuesOf(user);
        return venues.isEmpty() ? "" : venues.get(0) + "/Gate 1";
    }
}
