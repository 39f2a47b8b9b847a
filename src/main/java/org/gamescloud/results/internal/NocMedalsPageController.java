package org.gamescloud.results.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.games.Codes;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.games.Noc;
import org.gamescloud.platform.Problems;
import org.gamescloud.results.Medal;
import org.gamescloud.results.MedalAward;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A NOC's medals by event: a page of its own, and a section that the NOC page of the Games data includes by its
 * address, so that the Games data need not know results.
 */
@Controller
class NocMedalsPageController {

    /** The medals a NOC won in one event. */
    record EventMedals(Event event, List<MedalAward> medals) {}

    private final GamesCatalog catalog;
    private final MedalAwards awards;

    NocMedalsPageController(GamesCatalog catalog, MedalAwards awards) {
        this.catalog = catalog;
        this.awards = awards;
    }

    @GetMapping("/nocs/{code}/medals")
    String page(@PathVariable String code, Model model) {
        addMedals(code, model);
        return "results/noc-medals";
    }

    @GetMapping("/nocs/{code}/medals/section")
    String section(@PathVariable String code, Model model) {
        addMedals(code, model);
        return "results/noc-medals :: medalSection";
    }

    private void addMedals(String code, Model model) {
        Noc noc = (Codes.isValid(code) ? catalog.findNoc(code) : Optional.<Noc>empty())
                .orElseThrow(() -> Problems.notFound("No NOC " + code));
        List<MedalAward> medals = awards.listOfNoc(noc.code());
        Map<String, List<MedalAward>> byEvent = new LinkedHashMap<>();
        medals.forEach(award -> byEvent.computeIfAbsent(award.eventCode(), event -> new ArrayList<>())
                .add(award));
        model.addAttribute("noc", noc);
        model.addAttribute(
                "medalsByEvent",
                byEvent.entrySet().stream()
                        .map(entry -> new EventMedals(
                                catalog.findEvent(entry.getKey()).orElseThrow(), List.copyOf(entry.getValue())))
                        .toList());
        model.addAttribute("counts", count(medals));
        model.addAttribute(
                "participants",
                Participants.read(
                        catalog, medals.stream().map(MedalAward::competitor).toList()));
    }

    private static Map<Medal, Long> count(List<MedalAward> medals) {
        Map<Medal, Long> counts = new LinkedHashMap<>();
        for (Medal medal : Medal.values()) {
            counts.put(
                    medal,
                    medals.stream().filter(award -> award.medal() == medal).count());
        }
        return counts;
    }
}
