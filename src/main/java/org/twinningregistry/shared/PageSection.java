package org.twinningregistry.shared;

import java.util.Locale;

/**
 * A part of a record's page contributed by a module that depends on the module owning the
 * page, so that, for example, the government page lists the government's agreements
 * without the gazetteer depending on agreements. The detail-page counterpart of
 * {@link HeadlineFigure}.
 */
public interface PageSection {

	/**
	 * The page it belongs to: {@code "government"}, {@code "agreement"},
	 * {@code "engagement"}, {@code "brief"} (a government's handover brief) or
	 * {@code "home"} (the record id is then empty).
	 */
	String page();

	/** Sort position on the page, lowest first. */
	int order();

	/**
	 * The Thymeleaf fragment to insert, e.g. {@code "agreement/sections :: government"}.
	 */
	String fragment();

	/**
	 * What the fragment shows, available to it as {@code section}.
	 * @param recordId the id of the record the page shows
	 * @param locale the language of the page
	 */
	Object model(String recordId, Locale locale);

}
