package org.twinningregistry.document.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentSummary;
import org.twinningregistry.document.DocumentVisibility;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.workflow.RecordRef;

/**
 * The documents on an agreement's or an engagement's page, with the upload form for those
 * who may add. Declared as beans in {@link DocumentSections}.
 */
class DocumentSection implements PageSection {

	private final String page;

	private final Function<String, RecordRef> record;

	private final DocumentArchive archive;

	DocumentSection(String page, Function<String, RecordRef> record, DocumentArchive archive) {
		this.page = page;
		this.record = record;
		this.archive = archive;
	}

	@Override
	public String page() {
		return this.page;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String fragment() {
		return "document/sections :: documents";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		RecordRef ref = this.record.apply(recordId);
		return new Documents("/" + ref.kind().segment() + "/" + ref.id(), this.archive.list(ref),
				this.archive.mayAdd(ref), DocumentKind.values(), DocumentVisibility.values());
	}

	/**
	 * What the section shows.
	 *
	 * @param recordPath the record's page, under which the upload form posts
	 * @param documents those the reader may see, oldest first
	 * @param mayAdd whether the reader may upload
	 * @param kinds the kinds to choose from
	 * @param visibilities the visibilities to choose from
	 */
	record Documents(String recordPath, List<DocumentSummary> documents, boolean mayAdd, DocumentKind[] kinds,
			DocumentVisibility[] visibilities) {

	}

}
