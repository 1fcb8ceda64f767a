package org.twinningregistry.partnerfinder.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.partnerfinder.PartnerRequestRevision;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.shared.PageSection;

/**
 * A government's requests for partners on its page: those published and not expired, the
 * open drafts the reader may see, and a link to file one for those who may report for it.
 */
@Component
class SeekingListSection implements PageSection {

	private final SeekingList list;

	private final Gazetteer gazetteer;

	private final AccessControl access;

	SeekingListSection(SeekingList list, Gazetteer gazetteer, AccessControl access) {
		this.list = list;
		this.gazetteer = gazetteer;
		this.access = access;
	}

	@Override
	public String page() {
		return "government";
	}

	@Override
	public int order() {
		return 6;
	}

	@Override
	public String fragment() {
		return "partnerfinder/seeking-parts :: government";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		GovernmentId government = new GovernmentId(recordId);
		return new Seeking(recordId, SeekingRows.of(this.gazetteer, this.list.activeRequests(government), locale),
				this.list.drafts(government), this.access.mayReport(List.of(government)));
	}

	/**
	 * What the section shows.
	 *
	 * @param government the government's id
	 * @param published its published requests not expired
	 * @param drafts the open revisions the reader may see
	 * @param mayWrite whether the reader may file a request for it
	 */
	record Seeking(String government, List<SeekingRows.Row> published, List<PartnerRequestRevision> drafts,
			boolean mayWrite) {

	}

}
