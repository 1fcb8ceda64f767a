package org.twinningregistry.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: English unless the visitor chose French with {@code ?lang=fr},
 * which a cookie remembers. Only English and French are offered; any other choice falls
 * back to English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("registry-lang");
		// without a choice, a browser (or API client) asking for French gets it; anyone
		// else English
		resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			protected @Nullable Locale parseLocaleValue(String value) {
				try {
					return supported(super.parseLocaleValue(value));
				}
				catch (IllegalArgumentException ex) {
					// not a locale at all ("?lang=<b>"): English, not a failed request
					return Locale.ENGLISH;
				}
			}

		};
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

	/** The offered language the locale speaks, or English. */
	static Locale supported(@Nullable Locale locale) {
		return LANGUAGES.stream()
			.filter(language -> locale != null && language.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(Locale.ENGLISH);
	}

}
