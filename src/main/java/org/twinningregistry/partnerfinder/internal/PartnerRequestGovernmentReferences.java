package org.twinningregistry.partnerfinder.internal;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentReferences;
import org.twinningregistry.partnerfinder.SeekingList;

/**
 * Tells the gazetteer whether a government holds a partner request, published (expired
 * too) or drafted, so that it is not deleted under it.
 */
@Component
class PartnerRequestGovernmentReferences implements GovernmentReferences {

	private final SeekingList list;

	PartnerRequestGovernmentReferences(SeekingList list) {
		this.list = list;
	}

	@Override
	public long countReferencesTo(GovernmentId government) {
		return this.list.holdsAny(government) ? 1 : 0;
	}

	@Override
	public String kindKey() {
		return "kind.partner-requests";
	}

}
