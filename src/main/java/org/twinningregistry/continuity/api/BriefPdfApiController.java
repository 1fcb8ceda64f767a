package org.twinningregistry.continuity.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.twinningregistry.continuity.HandoverBrief;
import org.twinningregistry.continuity.internal.PdfRenderer;
import org.twinningregistry.gazetteer.GovernmentId;

/**
 * A government's handover brief as PDF: the page's own template ({@code continuity/brief}
 * in the print frame {@code continuity/brief-print}), rendered in the request's language
 * ({@code ?lang=fr} or {@code Accept-Language}) and turned into PDF with the fonts the
 * registry ships.
 */
@RestController
@Tag(name = "Governments", description = "Sub-national governments")
class BriefPdfApiController {

	private final HandoverBrief brief;

	private final ViewResolver views;

	private final PdfRenderer renderer;

	BriefPdfApiController(HandoverBrief brief, @Qualifier("thymeleafViewResolver") ViewResolver views,
			PdfRenderer renderer) {
		this.brief = brief;
		this.views = views;
		this.renderer = renderer;
	}

	@GetMapping("/api/v1/governments/{id}/brief.pdf")
	@Operation(summary = "A government's handover brief as PDF",
			description = "Its current relationships (partner, type, signing, council resolution, the last five "
					+ "years of engagements, active or dormant), ended and superseded ones, what is coming, the "
					+ "documents on file and the offices that keep the partners' records; in English or French "
					+ "(lang=fr or Accept-Language), native names beside, fonts embedded.")
	ResponseEntity<byte[]> pdf(@Parameter(description = "The government's id") @PathVariable String id, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		GovernmentId government = new GovernmentId(id);
		Map<String, Object> model = Map.of("header", this.brief.header(government, locale), "sections",
				this.brief.sections(government, locale));
		View view = java.util.Objects.requireNonNull(this.views.resolveViewName("continuity/brief-print", locale));
		PageCapture page = new PageCapture(response);
		view.render(model, request, page);
		byte[] pdf = this.renderer.render(new String(page.getContentAsByteArray(), StandardCharsets.UTF_8));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("brief-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	/**
	 * The page as the view writes it, kept here: neither its bytes nor its content type
	 * reach the response, which is the PDF's.
	 */
	private static final class PageCapture extends ContentCachingResponseWrapper {

		PageCapture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public String getCharacterEncoding() {
			return StandardCharsets.UTF_8.name();
		}

	}

}
