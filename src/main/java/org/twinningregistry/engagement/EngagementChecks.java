package org.twinningregistry.engagement;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.twinningregistry.account.AccessControl;
import org.twinningregistry.engagement.domain.AgreementFacts;
import org.twinningregistry.engagement.domain.EngagementRules;
import org.twinningregistry.shared.Violation;

/**
 * The engagement rules, ready to check many engagements at once: holds the few facts of
 * every agreement of the registry that the rules read (parties, signing and end dates,
 * about 200 bytes an agreement), read once by {@link EngagementLog#checks()}, so that a
 * bulk import checks each row without a query.
 */
public final class EngagementChecks {

	private final Map<String, AgreementFacts> agreements;

	/** Agreements whose engagements the caller was found to may publish. */
	private final Set<String> publishable = new HashSet<>();

	EngagementChecks(Map<String, AgreementFacts> agreements) {
		this.agreements = Map.copyOf(agreements);
	}

	/**
	 * Throws unless the caller may publish engagements of the values' agreement (a
	 * curator of one of its parties' countries), asking once per agreement.
	 */
	void requirePublish(EngagementValues values, AccessControl access) {
		String id = values.agreement().value();
		AgreementFacts agreement = this.agreements.get(id);
		if (agreement == null || this.publishable.contains(id)) {
			return;
		}
		access.require(access.mayPublish(List.of(agreement.partyA(), agreement.partyB())),
				"publish engagements of agreement " + id);
		this.publishable.add(id);
	}

	/**
	 * The rules the values break, as {@link EngagementLog#upsert} checks them; empty when
	 * none.
	 */
	public List<Violation> errors(EngagementValues values) {
		return EngagementRules.check(values, this.agreements.get(values.agreement().value()));
	}

	/**
	 * What is odd but allowed about the values, as {@link EngagementLog#warnings} finds
	 * it.
	 */
	public List<Violation> warnings(EngagementValues values) {
		AgreementFacts agreement = this.agreements.get(values.agreement().value());
		return (agreement != null) ? EngagementRules.warnings(values, agreement) : List.of();
	}

}
