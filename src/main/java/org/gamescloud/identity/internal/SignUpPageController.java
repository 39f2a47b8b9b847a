package org.gamescloud.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Spectators sign themselves up here; then they sign in. */
@Controller
class SignUpPageController {

    static final String VIEW = "identity/signup";

    /** What the form sends; the messages of its errors come from the message bundles (e.g. {@code Size.password}). */
    record SignUpForm(
            @NotBlank @Pattern(regexp = AccountController.USERNAME_PATTERN)
            String username,

            @NotBlank @Size(min = 8, max = 128) String password,
            @Size(max = 100) String displayName) {}

    private final AccountCreation accounts;

    SignUpPageController(AccountCreation accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("signUpForm", new SignUpForm("", "", ""));
        return VIEW;
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute SignUpForm signUpForm, BindingResult result) {
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.createSpectator(signUpForm.username(), signUpForm.password(), signUpForm.displayName());
        } catch (AccountCreation.UsernameTaken e) {
            result.rejectValue("username", "signup.username.taken", e.getMessage());
            return VIEW;
        }
        return "redirect:/login?signedUp";
    }
}
