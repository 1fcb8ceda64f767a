package org.twinningregistry.account.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.twinningregistry.account.domain.Account;
import org.twinningregistry.account.domain.AccountRepository;

/**
 * Keeps an account whose password was given to it (by an administrator, or generated for
 * the bootstrap account) from doing anything but choosing its own: such an account signs
 * in with the authority {@link #REQUIRED} beside its grants. On the API every request it
 * signs is refused with 403 and the problem code {@code password-change-required}, except
 * {@code POST /api/v1/accounts/me/password}; on pages every request goes to the page
 * {@code /account/password}, except that page, signing out and the static files. Once the
 * password is changed, the session's sign-in loses the authority at its next request.
 */
final class PasswordChangeGate {

	/** The authority of an account that must change its password first. */
	static final GrantedAuthority REQUIRED = new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED");

	/** The problem code of the API's refusal (and the key of its message). */
	static final String CODE = "password-change-required";

	static final String API_CHANGE = "/api/v1/accounts/me/password";

	static final String PAGE = "/account/password";

	private PasswordChangeGate() {
	}

	/** The authorities an account signs in with. */
	static List<GrantedAuthority> authorities(Account account) {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>(account.grants());
		if (account.passwordChangeRequired()) {
			authorities.add(REQUIRED);
		}
		return authorities;
	}

	static boolean required(@Nullable Authentication authentication) {
		return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.getAuthorities()
					.stream()
					.anyMatch(a -> REQUIRED.getAuthority().equals(a.getAuthority()));
	}

	/** The API's gate: everything but the password change is refused. */
	static OncePerRequestFilter api(MessageSource messages) {
		RequestMatcher change = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, API_CHANGE);
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (required(SecurityContextHolder.getContext().getAuthentication()) && !change.matches(request)) {
					SecurityConfiguration.problem(response, HttpStatus.FORBIDDEN, CODE,
							messages.getMessage(CODE, new Object[] { API_CHANGE }, LocaleContextHolder.getLocale()));
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	/** The pages' gate: everything but the password page leads to it. */
	static OncePerRequestFilter pages(AccountRepository accounts) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher allowed = new OrRequestMatcher(paths.matcher(PAGE), paths.matcher("/logout"),
				paths.matcher("/login"), paths.matcher("/error"), paths.matcher("/css/**"), paths.matcher("/js/**"),
				paths.matcher("/webjars/**"), paths.matcher("/favicon.ico"));
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (required(authentication)) {
					if (stillRequired(accounts, authentication)) {
						if (!allowed.matches(request)) {
							response.sendRedirect(request.getContextPath() + PAGE);
							return;
						}
					}
					else {
						sessions.saveContext(withoutRequirement(authentication), request, response);
					}
				}
				chain.doFilter(request, response);
			}

		};
	}

	private static boolean stillRequired(AccountRepository accounts, Authentication authentication) {
		return accounts.findByUsernameIgnoreCase(authentication.getName())
			.map(Account::passwordChangeRequired)
			.orElse(true);
	}

	/** The session's sign-in after the password was changed: its grants alone. */
	private static SecurityContext withoutRequirement(Authentication authentication) {
		UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(
				authentication.getPrincipal(), null,
				authentication.getAuthorities()
					.stream()
					.filter(a -> !REQUIRED.getAuthority().equals(a.getAuthority()))
					.toList());
		changed.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(changed);
		SecurityContextHolder.setContext(context);
		return context;
	}

}
