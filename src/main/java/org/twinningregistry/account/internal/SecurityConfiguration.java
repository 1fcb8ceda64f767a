package org.twinningregistry.account.internal;

import java.nio.charset.StandardCharsets;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinningregistry.account.domain.ApiTokenRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.twinningregistry.account.domain.AccountRepository;
import org.twinningregistry.shared.ProblemTypes;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless, reads are public and writes
 * need HTTP Basic, with 401 and 403 answered as problem details; pages use form login
 * with CSRF protection. Which role may do what is decided in the module facades
 * ({@code @PreAuthorize}). Both send a Content-Security-Policy, a referrer policy and
 * refuse framing (Spring Security adds {@code nosniff}, no-cache and, over HTTPS, HSTS);
 * an account that must replace the password it was given can do nothing else
 * ({@link PasswordChangeGate}); page sign-in migrates the session to a new id (session
 * fixation protection); failed sign-ins are throttled by {@link LoginThrottle} (a refusal
 * is a 429 with {@code Retry-After} on the API, {@code /login?throttled=<seconds>} on
 * pages).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ BootstrapSettings.class, LoginThrottleSettings.class })
class SecurityConfiguration {

	/**
	 * Pages load scripts, styles, images and data from this server only: no inline script
	 * or style, no plugins, no framing, forms post here only.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/**
	 * Swagger UI's bundle adds a {@code <style>} element when it starts (seen as a CSP
	 * report in Chromium), so its pages alone allow inline styles; scripts stay
	 * {@code 'self'}.
	 */
	static final String SWAGGER_UI_POLICY = PAGE_POLICY.replace("style-src 'self';",
			"style-src 'self' 'unsafe-inline';");

	private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	/** API answers are data, never a document to render or frame. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * Sign-ins are observed (Micrometer), but not each request's passage through each
	 * filter of the chains nor each authorization: two events per filter, each looking
	 * its counter up by freshly sorted tags, were a fifth of the time of
	 * {@code /actuator/health} (no metric of them is published). What is checked is the
	 * same.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(AccountRepository accounts) {
		return username -> accounts.findByUsernameIgnoreCase(username)
			.map(account -> User.withUsername(account.username())
				.password(account.passwordHash())
				.disabled(!account.enabled())
				.authorities(PasswordChangeGate.authorities(account))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	/**
	 * The only authentication provider: passwords checked by a
	 * {@link DaoAuthenticationProvider} (which hashes a dummy password for unknown user
	 * names, so they take as long as wrong passwords), behind the {@link LoginThrottle}.
	 */
	@Bean
	AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthenticationProvider(passwords, throttle);
	}

	/**
	 * The actuator's endpoints ({@code /actuator/health}, {@code /actuator/info}): read
	 * by anyone, never with a session, a saved request, a CSRF token or a sign-in: a
	 * health check passes only the filters that write its headers and authorize it.
	 */
	@Bean
	@Order(0)
	@ConditionalOnWebApplication
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/actuator/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/actuator/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::apiHeaders);
		return http.build();
	}

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository tokens, AccountRepository accounts,
			TransactionTemplate transactions, ObjectProvider<Clock> clock, MessageSource messages) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (ex instanceof SignInThrottledException throttled) {
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
				problem(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins",
						"Too many failed sign-ins for this user name from this address, or from this address:"
								+ " try again after Retry-After seconds.");
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"Twinning Registry\"");
			problem(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
					"Sign in with HTTP Basic or an API token (Authorization: Bearer) to change the registry.");
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> problem(response, HttpStatus.FORBIDDEN, "forbidden",
				"Your account may not make this change.");
		AuthenticationFilter bearer = new AuthenticationFilter(
				new ProviderManager(new ApiTokenAuthenticationProvider(tokens, accounts, transactions,
						clock.getIfAvailable(Clock::systemUTC))),
				SecurityConfiguration::bearerToken);
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
		bearer.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		http.securityMatcher("/api/**")
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.addFilterAfter(PasswordChangeGate.api(messages), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::apiHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain pageChain(HttpSecurity http, AccountRepository accounts) throws Exception {
		// sent to sign in, and back, by path: an absolute URL would carry the request's
		// Host
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		http.addFilterAfter(PasswordChangeGate.pages(accounts), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/*/new", "/*/*/edit")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers("/login", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new SavedPageSuccessHandler())
				.failureHandler(SecurityConfiguration::signInFailed)
				.permitAll())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(signIn))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
						new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
						new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
			.logout(logout -> logout.logoutSuccessUrl("/"));
		return http.build();
	}

	/**
	 * A failed page sign-in: back to the form, which says when to try again if the
	 * throttle refused it ({@code ?throttled=<seconds>}) and that the sign-in failed
	 * otherwise ({@code ?error}).
	 */
	private static void signInFailed(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.core.AuthenticationException ex) throws java.io.IOException {
		String target = (ex instanceof SignInThrottledException throttled)
				? "/login?throttled=" + throttled.retryAfterSeconds() : "/login?error";
		response.sendRedirect(request.getContextPath() + target);
	}

	/** {@code Authorization: Bearer <token>}, or nothing for other requests. */
	private static @Nullable Authentication bearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return new ApiTokenAuthenticationProvider.BearerToken(header.substring(7).strip());
	}

	/**
	 * The headers of answers that are data, never rendered: the API's and the actuator's.
	 */
	private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny());
	}

	/** Problem details written by the filters, before any controller or advice. */
	static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String code,
			String detail) throws java.io.IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"" + ProblemTypes.of(code) + "\",\"title\":\"" + status.getReasonPhrase()
					+ "\",\"status\":" + status.value() + ",\"detail\":\""
					+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"code\":\"" + code + "\"}");
	}

}
