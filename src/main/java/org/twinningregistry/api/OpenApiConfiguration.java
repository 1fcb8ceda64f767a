package org.twinningregistry.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 description served at {@code /v3/api-docs} and in Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI registryOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Twinning Registry API")
				.version("v1")
				.description("Governments, twinning agreements and engagements. Reads are public; "
						+ "writes need HTTP Basic as a curator. Errors are RFC 9457 problem details.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

}
