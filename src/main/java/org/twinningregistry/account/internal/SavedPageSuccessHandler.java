package org.twinningregistry.account.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After sign-in, back to the page that asked for it, by its path: Spring Security's own
 * handler redirects to the absolute URL it saved, whose host is the request's
 * {@code Host} header, the client's to choose. Without a saved page, to the home page.
 */
final class SavedPageSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

	private final RequestCache cache = new HttpSessionRequestCache();

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		SavedRequest saved = this.cache.getRequest(request, response);
		if (!(saved instanceof DefaultSavedRequest page) || !page.getRequestURI().startsWith("/")) {
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		this.cache.removeRequest(request, response);
		clearAuthenticationAttributes(request);
		String query = page.getQueryString();
		response.sendRedirect(response.encodeRedirectURL(page.getRequestURI() + ((query != null) ? "?" + query : "")));
	}

}
