package org.twinningregistry.api;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.twinningregistry.shared.ProblemTypes;

/**
 * Tomcat's own error report, for the requests Tomcat refuses before the application sees
 * them (an address with {@code %00} or {@code %5C}, a request line or headers too large):
 * problem details for an address under {@code /api/}, Tomcat's short HTML page (without
 * server details) for any other. The answer names only the status, never anything from
 * the request.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (!isApi(request)) {
			super.report(request, response, throwable);
			return;
		}
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String code = (status == 400) ? "error.rejected-request" : "error.http-" + status;
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"" + ProblemTypes.of(code) + "\",\"title\":\"" + title + "\",\"status\":"
						+ status + ",\"detail\":\"The request was refused before the registry could read it.\","
						+ "\"code\":\"" + code + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response unusable: nothing more to tell it
		}
	}

	/**
	 * Whether the refused request was for the API. A request line too long to read names
	 * no address: only a client of the API sends those, so it gets problem details too.
	 */
	private static boolean isApi(Request request) {
		String uri = request.getRequestURI();
		return uri == null || uri.isEmpty() || Problems.isApi(uri);
	}

}
