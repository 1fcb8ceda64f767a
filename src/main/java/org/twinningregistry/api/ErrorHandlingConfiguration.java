package org.twinningregistry.api;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors raised before any controller runs: requests Spring Security's firewall refuses
 * ({@code ;}, {@code %2F}, {@code //}, …) become a 400 error of the container, answered
 * by {@link RegistryErrorController}; requests Tomcat refuses itself are answered by
 * {@link ProblemErrorReportValve}, put in place of Tomcat's error report valve (and of
 * the one Spring Boot adds).
 */
@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandlingConfiguration.class);

	/** Logged at DEBUG: a refused address is the client's doing, not a failure. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> {
			log.debug("Refused the address of a request: {}", ex.getMessage());
			request.setAttribute(MalformedRequest.REJECTED, ex);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		};
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof Host host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (host instanceof StandardHost standard) {
					// the host adds a valve of this class at start only when none is
					// there
					standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
				host.getPipeline().addValve(new ProblemErrorReportValve());
			}
		});
	}

}
