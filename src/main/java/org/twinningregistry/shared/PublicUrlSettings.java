package org.twinningregistry.shared;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the registry is reached from outside ({@code registry.public-base-url}, e.g.
 * {@code https://twinning.example.org}): the only source of the absolute addresses it
 * writes into answers (an import job's {@code url}, a data package's descriptor, the
 * OpenAPI servers). Never the request's {@code Host} or forwarded headers, which any
 * client can set. Unset, the registry's own addresses are relative ({@code /api/v1/…})
 * and a data package names no address.
 *
 * @param publicBaseUrl an absolute {@code http} or {@code https} URL without query or
 * fragment, a trailing {@code /} dropped; {@code null} when not configured
 */
@ConfigurationProperties("registry")
public record PublicUrlSettings(@Nullable URI publicBaseUrl) {

	public PublicUrlSettings {
		if (publicBaseUrl != null) {
			String scheme = publicBaseUrl.getScheme();
			if (!publicBaseUrl.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))
					|| publicBaseUrl.getHost() == null || publicBaseUrl.getRawQuery() != null
					|| publicBaseUrl.getRawFragment() != null || publicBaseUrl.getRawUserInfo() != null) {
				throw new IllegalArgumentException("registry.public-base-url must be an absolute http(s) URL "
						+ "without user, query or fragment, such as https://twinning.example.org, not "
						+ publicBaseUrl);
			}
			String text = publicBaseUrl.toString();
			publicBaseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
		}
	}

	/**
	 * The address of one of the registry's paths: absolute under the public base URL when
	 * there is one, else the path itself.
	 * @param path a path beginning with {@code /}, already encoded
	 */
	public URI address(String path) {
		return URI.create((this.publicBaseUrl != null) ? this.publicBaseUrl + path : path);
	}

}
