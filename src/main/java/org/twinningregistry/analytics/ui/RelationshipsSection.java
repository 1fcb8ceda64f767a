package org.twinningregistry.analytics.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinningregistry.analytics.Accountability;
import org.twinningregistry.analytics.DormantRelationship;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.strategy.Decision;

/**
 * A government's dormant relationships on its page: each still to decide (revive with a
 * plan, keep with a reason, or end) with the form to record the decision, or decided,
 * with the decision and its day.
 */
@Component
class RelationshipsSection implements PageSection {

	private final Accountability accountability;

	RelationshipsSection(Accountability accountability) {
		this.accountability = accountability;
	}

	@Override
	public String page() {
		return "government";
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public String fragment() {
		return "analytics/sections :: relationships";
	}

	@Override
	public Object model(String recordId, Locale locale) {
		return new Dormant(recordId, this.accountability.ofGovernment(new GovernmentId(recordId)), Decision.values());
	}

	/** What the section shows: the government, its dormant relationships, the choices. */
	record Dormant(String government, List<DormantRelationship> relationships, Decision[] decisions) {

	}

}
