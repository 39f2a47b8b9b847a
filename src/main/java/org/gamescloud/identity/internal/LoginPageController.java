package org.gamescloud.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST (SecurityConfiguration). */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }
}
