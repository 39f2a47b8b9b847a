package org.gamescloud.depository.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The verification page. The server only serves it: the browser fetches or reads the certificate and checks every
 * step itself ({@code static/js/depository-verify.js}), so that the page does not ask anyone to trust the server.
 */
@Controller
class VerifyPageController {

    @GetMapping("/depository/verify")
    String verify(
            @RequestParam(required = false) Long index, @RequestParam(required = false) String unit, Model model) {
        model.addAttribute("index", index);
        model.addAttribute("unit", unit);
        return "depository/verify";
    }
}
