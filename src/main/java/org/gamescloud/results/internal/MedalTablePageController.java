package org.gamescloud.results.internal;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.games.Noc;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The medal table, in the official order or by total or name ({@code ?sort=}, plain links that work without
 * script). The page polls its table while it is open, so that new medals appear without a reload.
 */
@Controller
class MedalTablePageController {

    private final MedalAwards awards;
    private final GamesCatalog catalog;

    MedalTablePageController(MedalAwards awards, GamesCatalog catalog) {
        this.awards = awards;
        this.catalog = catalog;
    }

    @GetMapping("/medals")
    String medals(@RequestParam(required = false) String sort, Locale locale, Model model) {
        addTable(sort, locale, model);
        return "results/medals";
    }

    /** The table alone, polled by the page (and later pushed). */
    @GetMapping("/medals/table")
    String table(@RequestParam(required = false) String sort, Locale locale, Model model) {
        addTable(sort, locale, model);
        return "results/medals :: standings";
    }

    private void addTable(String sort, Locale locale, Model model) {
        MedalTable.Order order = MedalTable.Order.parse(sort);
        var nocs = catalog.listNocs().stream().collect(Collectors.toMap(Noc::code, Function.identity()));
        model.addAttribute("table", MedalTable.of(awards.table(), nocs, order, locale));
        model.addAttribute("orders", MedalTable.Order.values());
    }
}
