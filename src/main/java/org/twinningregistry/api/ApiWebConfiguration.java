package org.twinningregistry.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every API endpoint checks before it runs: its query parameters. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	private final int maxPageSize;

	ApiWebConfiguration(@Value("${spring.data.web.pageable.max-page-size:2000}") int maxPageSize) {
		this.maxPageSize = maxPageSize;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// after the UI shell's language interceptor, so that ?lang= words its refusals
		registry.addInterceptor(new QueryParameterCheck(this.maxPageSize)).addPathPatterns("/api/**").order(1);
	}

}
