package org.twinningregistry.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twinningregistry.shared.PublicUrlSettings;

/** The OpenAPI 3 description served at {@code /v3/api-docs} and in Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/**
	 * The server is the configured public base URL, else the registry's root: springdoc
	 * would otherwise name one built from the request's {@code Host}.
	 */
	@Bean
	OpenAPI registryOpenApi(PublicUrlSettings urls) {
		URI base = urls.publicBaseUrl();
		return new OpenAPI().servers(List.of(new Server().url((base != null) ? base.toString() : "/")))
			.info(new Info().title("Twinning Registry API")
				.version("v1")
				.description("Governments, twinning agreements and engagements. Reads are public; "
						+ "writes need HTTP Basic as a curator. Errors are RFC 9457 problem details.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

}
