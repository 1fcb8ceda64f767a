package org.twinningregistry.engagement;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.PlainText;

/**
 * Everything about an engagement that a person enters. Text is checked and normalised by
 * {@link PlainText}.
 *
 * @param agreement the agreement it took place under
 * @param year calendar year
 * @param date start date, to the precision known
 * @param endDate end date
 * @param category what it was about
 * @param origin id of the party that initiated or sent it, or {@value #BOTH}
 * @param form how it was done
 * @param mode IN_PERSON (when not given) or VIRTUAL
 * @param participants how many took part
 * @param officialLevel highest office that took part
 * @param cost cost to the reporting government
 * @param currency ISO 4217 code of the cost
 * @param title short title
 * @param description free text
 * @param source URL or citation
 */
public record EngagementValues(AgreementId agreement, int year, @Nullable PartialDate date,
		@Nullable PartialDate endDate, Category category, String origin, @Nullable EngagementForm form,
		EngagementMode mode, @Nullable Integer participants, @Nullable OfficialLevel officialLevel,
		@Nullable BigDecimal cost, @Nullable String currency, String title, @Nullable String description,
		@Nullable String source) {

	/** The origin of a joint or reciprocal engagement. */
	public static final String BOTH = "BOTH";

	public EngagementValues {
		mode = (mode != null) ? mode : EngagementMode.IN_PERSON;
		origin = PlainText.requiredLine("origin", origin);
		currency = PlainText.line("currency", currency);
		currency = (currency != null) ? currency.toUpperCase(Locale.ROOT) : null;
		title = PlainText.requiredLine("title", title);
		description = PlainText.lines("description", description);
		source = PlainText.lines("source", source);
		cost = (cost != null) ? cost.stripTrailingZeros() : null;
		if (cost != null && cost.scale() < 0) {
			cost = cost.setScale(0);
		}
	}

	/**
	 * Whether it keeps a relationship alive: any form but correspondence (or none given).
	 */
	public boolean isSubstantive() {
		return SubstantiveRule.isSubstantive(this.form);
	}

}
