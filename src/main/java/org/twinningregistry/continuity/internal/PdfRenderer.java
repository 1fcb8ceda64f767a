package org.twinningregistry.continuity.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders an HTML page (a Thymeleaf template already processed) as PDF with
 * OpenHTMLtoPDF: the HTML is parsed by jsoup into a DOM (a page is HTML, not XML), its
 * style sheets are read from the application's {@code static/css/}, and the fonts shipped
 * in {@code static/fonts/} are embedded as subsets, so that accents, Hangul, kanji and
 * kana print on any machine: Noto Sans (regular, bold) for Latin text, Droid Sans
 * Fallback for CJK, chosen glyph by glyph from the style sheet's font list.
 */
@Component
public class PdfRenderer {

	private static final String FONTS = "static/fonts/";

	/**
	 * The PDF of the page (its {@code <title>} the document's title).
	 * @param html the page, a whole HTML document
	 */
	public byte[] render(String html) {
		org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withW3cDocument(document, styleBase());
		font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
		font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
		font(builder, "DroidSansFallback.ttf", "Droid Sans Fallback", 400);
		font(builder, "DroidSansFallback.ttf", "Droid Sans Fallback", 700);
		builder.withProducer("Twinning Registry");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
		builder.useFont(() -> open(file), family, weight, FontStyle.NORMAL, true);
	}

	private static InputStream open(String file) {
		try {
			return new ClassPathResource(FONTS + file).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the font " + file + " is shipped in the application", ex);
		}
	}

	/**
	 * Where relative style sheet links resolve: the application's {@code static/css/}.
	 */
	private static String styleBase() {
		URL css = Objects.requireNonNull(PdfRenderer.class.getClassLoader().getResource("static/css/brief.css"),
				"static/css/brief.css is shipped in the application");
		String url = css.toExternalForm();
		return url.substring(0, url.lastIndexOf('/') + 1);
	}

}
