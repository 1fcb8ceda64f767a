package org.twinningregistry.account.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinningregistry.account.AccountSummary;
import org.twinningregistry.account.Accounts;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.shared.FormErrors;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.Violation;

/**
 * Account pages: administrators list, create and change accounts ({@code /accounts});
 * everyone signed in sees their own grants, changes their password and manages their API
 * tokens ({@code /account}). What may be done is decided by the {@link Accounts} facade.
 */
@Controller
class AccountPagesController {

	private final Accounts accounts;

	private final Clock clock;

	AccountPagesController(Accounts accounts, ObjectProvider<Clock> clock) {
		this.accounts = accounts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		model.addAttribute("roles", RegistryRole.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForm.empty());
		}
		return "account/list";
	}

	@PostMapping("/accounts")
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<AccountSummary> created = FormErrors.write(result, () -> {
			try {
				return this.accounts.create(text(form.getUsername()), text(form.getPassword()), form.grants());
			}
			catch (RuleViolationException ex) {
				throw AccountForm.onRolesField(ex);
			}
		});
		form.setPassword(null);
		if (created.isEmpty()) {
			return list(model);
		}
		redirect.addFlashAttribute("message", "account.flash.created");
		return "redirect:/accounts";
	}

	@GetMapping("/accounts/{username}/edit")
	String editForm(@PathVariable String username, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForm.of(this.accounts.get(username)));
		}
		model.addAttribute("username", username);
		return "account/edit";
	}

	@PostMapping("/accounts/{username}/edit")
	String update(@PathVariable String username, @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<AccountSummary> saved = FormErrors.write(result, () -> {
			try {
				return this.accounts.update(username, form.getVersion(), form.grants(), form.isEnabled());
			}
			catch (RuleViolationException ex) {
				throw AccountForm.onRolesField(ex);
			}
		});
		if (saved.isEmpty()) {
			return editForm(username, model);
		}
		redirect.addFlashAttribute("message", "account.flash.updated");
		return "redirect:/accounts";
	}

	@GetMapping("/account")
	String own(Model model) {
		model.addAttribute("tokens", this.accounts.ownTokens());
		model.addAttribute("now", this.clock.instant());
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		return "account/own";
	}

	/**
	 * The page an account that signed in with a password given to it is sent to, and kept
	 * on, until it chose its own.
	 */
	@GetMapping("/account/password")
	String passwordPage(Model model) {
		if (!this.accounts.ownPasswordChangeRequired()) {
			return "redirect:/account";
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		return "account/password";
	}

	/**
	 * Changes one's password, from the account page or from the page of a password that
	 * must be replaced (then on to the home page, where everything is open again).
	 */
	@PostMapping("/account/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		boolean required = this.accounts.ownPasswordChangeRequired();
		Optional<Boolean> changed = FormErrors.write(result, () -> {
			this.accounts.changeOwnPassword(text(form.getCurrentPassword()), text(form.getNewPassword()));
			return true;
		});
		form.clear();
		if (changed.isEmpty()) {
			return required ? "account/password" : own(model);
		}
		redirect.addFlashAttribute("message", "account.flash.password");
		return required ? "redirect:/" : "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String issueToken(@RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable String expires, RedirectAttributes redirect) {
		FormErrors.flash(redirect, "account.flash.issued",
				() -> redirect.addFlashAttribute("issued", this.accounts.issueToken(name, expiry(expires))));
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.revokeToken(id);
		redirect.addFlashAttribute("message", "account.flash.revoked");
		return "redirect:/account";
	}

	/** An expiry day from the form: the token works until the end of that day (UTC). */
	private static @Nullable Instant expiry(@Nullable String day) {
		if (day == null || day.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(day.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new RuleViolationException(Violation.of("expiresAt", "rule.date.format"));
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
