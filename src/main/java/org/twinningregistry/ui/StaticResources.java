package org.twinningregistry.ui;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.webjars.WebJarVersionLocator;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, and only them: the registry's own styles, scripts, world outline and
 * fonts ({@code /css/**}, {@code /js/**}, {@code /maps/**}, {@code /fonts/**}, from
 * {@code static/}) and the WebJars ({@code /webjars/**}). Spring Boot's default handler
 * for {@code /**} is off ({@code spring.web.resources.add-mappings=false}): it matched
 * every link a page writes, so that each {@code @{/agreements/…}} was looked for as a
 * file on the class path, in vain, half of a list page's time.
 * <p>
 * Pages link to the files by versioned URLs, which the resource URL filter writes for
 * every {@code @{…}}: the registry's own files carry the hash of their content
 * ({@code /css/registry-<md5>.css}), WebJars their version
 * ({@code /webjars/leaflet/1.9.4/dist/leaflet.js}). Such a URL always names the same
 * bytes, so it is sent cacheable by anyone for a year and immutable; the same file asked
 * for without its version is sent as before, to be asked for again each time.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/** The folders of {@code static/} served, each under its own name. */
	static final List<String> FOLDERS = List.of("css", "js", "maps", "fonts");

	static final CacheControl VERSIONED = CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable();

	/** A file name with the content hash the version resolver adds: 32 hex digits. */
	private static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}\\.[^/.]+$");

	private static final String WEBJARS = "/webjars/";

	private final WebJarVersionLocator webJars = new WebJarVersionLocator();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
				.addTransformer(new CssLinkResourceTransformer());
		}
		// the chain resolves a WebJar path without a version and writes links with it
		registry.addResourceHandler(WEBJARS + "**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof ResourceHttpRequestHandler
						&& isVersioned(request.getRequestURI().substring(request.getContextPath().length()))) {
					// set before the handler runs, Spring Security then adds no
					// "no-store"
					response.setHeader(HttpHeaders.CACHE_CONTROL, VERSIONED.getHeaderValue());
				}
				return true;
			}

		});
	}

	/**
	 * Whether the path names a file by a version that fixes its bytes: one of ours with
	 * its content hash, or a WebJar's file under the WebJar's own version.
	 */
	boolean isVersioned(String path) {
		if (path.startsWith(WEBJARS)) {
			String[] segments = path.substring(WEBJARS.length()).split("/", 3);
			return segments.length == 3 && segments[1].equals(this.webJars.version(segments[0]));
		}
		return HASHED.matcher(path).find() && FOLDERS.stream().anyMatch(f -> path.startsWith("/" + f + "/"));
	}

}
