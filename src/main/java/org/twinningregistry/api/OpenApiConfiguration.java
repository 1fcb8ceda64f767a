package org.twinningregistry.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twinningregistry.shared.PublicUrlSettings;

/**
 * The OpenAPI 3 description served at {@code /v3/api-docs} and in Swagger UI: what every
 * operation shares (sign-in, errors, versions, language, paging) is said here and in
 * {@link ApiDescriptions}; each operation's summary, description and parameters are said
 * on its controller ({@code @Operation}, {@code @Parameter}, {@code @Tag} by resource).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** The security scheme of API tokens ({@code Authorization: Bearer trg_…}). */
	static final String BEARER = "bearer";

	/** The security scheme of HTTP Basic with an account's user name and password. */
	static final String BASIC = "basic";

	private static final String DESCRIPTION = """
			Governments, twinning agreements, the engagements under them, their review workflow, \
			statistics, annual reports, imports and exports.

			**Signing in.** Reads are public and see published records. Writes (and the few reads of \
			one's own things: accounts, tokens, the review queue, import jobs) need an account: HTTP \
			Basic with its user name and password, or an API token as `Authorization: Bearer trg_…` \
			(issued by `POST /api/v1/tokens` or on the page /account). What a role may do where: \
			docs/architecture.md, "Accounts, roles and tokens". An account whose password an \
			administrator gave is refused everything (403 `password-change-required`) until it \
			changed it with `POST /api/v1/accounts/me/password`.

			**Errors** are RFC 9457 problem details (`application/problem+json`, schema `Problem`) \
			with a stable `code`, and for invalid input one `errors` entry per field or parameter \
			(schema `ProblemError`). Unknown codes and out-of-range parameters (`?country=Canada`, \
			`size=-1`, a parameter the operation does not take) are refused with 400, never \
			answered with an empty list.

			**Language.** Messages and names follow `Accept-Language` (English or French), or \
			`?lang=en|fr` on any operation.

			**Versions.** A read of one record sends its `version` as `ETag: "3"`; a `PUT` names \
			the version it is based on in its body's `version` or in `If-Match` (409, or 412 for \
			`If-Match`, when someone changed it since); a `DELETE` in `?version=` or `If-Match` \
			(428 without either). What a read answers can be sent back as it is.

			**Lists** are paged: `page` from 0, `size` 1 to %d (%d when absent), `sort=property,asc|desc`.""";

	/**
	 * The server is the configured public base URL, else the registry's root: springdoc
	 * would otherwise name one built from the request's {@code Host}.
	 */
	@Bean
	OpenAPI registryOpenApi(PublicUrlSettings urls,
			@Value("${spring.data.web.pageable.max-page-size:2000}") int maxPageSize,
			@Value("${spring.data.web.pageable.default-page-size:20}") int defaultPageSize) {
		URI base = urls.publicBaseUrl();
		return new OpenAPI().servers(List.of(new Server().url((base != null) ? base.toString() : "/")))
			.info(new Info().title("Twinning Registry API")
				.version("v1")
				.description(DESCRIPTION.formatted(maxPageSize, defaultPageSize))
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("trg_…")
							.description("An API token: POST /api/v1/tokens issues one (shown once); it acts "
									+ "with its owner's grants until it expires or is revoked."))
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("An account's user name and password. Repeated failures are slowed down "
									+ "(429 with Retry-After).")));
	}

	@Bean
	ApiDescriptions apiDescriptions(@Value("${spring.data.web.pageable.max-page-size:2000}") int maxPageSize,
			@Value("${spring.data.web.pageable.default-page-size:20}") int defaultPageSize) {
		return new ApiDescriptions(new ProblemSchemas(), maxPageSize, defaultPageSize);
	}

}
