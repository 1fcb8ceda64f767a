package org.twinningregistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@link RequestAdmission} before every other filter (the session's and security's work
 * is counted too).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdmissionSettings.class)
class AdmissionConfiguration {

	@Bean
	FilterRegistrationBean<RequestAdmission> requestAdmission(AdmissionSettings settings) {
		FilterRegistrationBean<RequestAdmission> registration = new FilterRegistrationBean<>(
				new RequestAdmission(settings.concurrent(), settings.waitLimit()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
