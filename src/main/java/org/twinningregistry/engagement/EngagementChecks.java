package org.twinningregistry.engagement;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.account.AccessControl;
import org.twinningregistry.engagement.domain.AgreementFacts;
import org.twinningregistry.engagement.domain.EngagementRules;
import org.twinningregistry.shared.Violation;

/**
 * The engagement rules, ready to check many engagements at once: holds the few facts of
 * every agreement of the registry that the rules read (parties, signing and end dates,
 * about 200 bytes an agreement), read once by {@link EngagementUpserts#checks()}, so that
 * a bulk import checks each row without a query. One import's: it also keeps the history
 * entry of the import's creations.
 */
final class EngagementChecks {

	private final Map<String, AgreementFacts> agreements;

	/** Agreements whose engagements the caller was found to may publish. */
	private final Set<String> publishable = new HashSet<>();

	/** The history entry of the import these checks serve, once it created something. */
	private @Nullable Long importEntry;

	private final LocalDate today;

	EngagementChecks(Map<String, AgreementFacts> agreements, LocalDate today) {
		this.agreements = Map.copyOf(agreements);
		this.today = today;
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
	 * The history entry of the import these checks serve: made by {@code make} the first
	 * time the import creates engagements, the same one afterwards.
	 */
	long importEntry(LongSupplier make) {
		if (this.importEntry == null) {
			this.importEntry = make.getAsLong();
		}
		return this.importEntry;
	}

	/**
	 * The rules the values break, as a single write checks them; empty when none.
	 */
	List<Violation> errors(EngagementValues values) {
		return EngagementRules.check(values, this.agreements.get(values.agreement().value()), this.today);
	}

	/**
	 * What is odd but allowed about the values, as {@link EngagementLog#warnings} finds
	 * it.
	 */
	List<Violation> warnings(EngagementValues values) {
		AgreementFacts agreement = this.agreements.get(values.agreement().value());
		return (agreement != null) ? EngagementRules.warnings(values, agreement) : List.of();
	}

}
