package org.twinningregistry.account.ui;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form's POST. After a sign-in the throttle
 * refused ({@code ?throttled=<seconds>}) it says in how many minutes to try again.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String throttled, Model model) {
		if (throttled != null) {
			long seconds = parse(throttled);
			model.addAttribute("retryMinutes", Math.max(1, (seconds + 59) / 60));
		}
		return "account/login";
	}

	private static long parse(String seconds) {
		try {
			return Math.max(0, Long.parseLong(seconds.strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
