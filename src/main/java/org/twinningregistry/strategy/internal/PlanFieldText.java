package org.twinningregistry.strategy.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlannedActivity;
import org.twinningregistry.workflow.FieldText;
import org.twinningregistry.workflow.RecordKind;

/**
 * A plan's values as its history shows them: the agreement by its parties' names, and
 * each planned activity ({@code activities.<key>}, kept as "2024 YOUTH PROGRAM by
 * CA-BC-burnaby: title") with its category, form and initiating party in words.
 */
@Component
class PlanFieldText implements FieldText {

	/**
	 * An activity as the plan's history keeps it: year, category, form, origin, the rest.
	 */
	private static final Pattern ACTIVITY = Pattern.compile("^(\\d{4}) ([A-Z_]+)(?: ([A-Z_]+))? by (\\S+): (.*)$",
			Pattern.DOTALL);

	private final MessageSource messages;

	private final Gazetteer gazetteer;

	private final AgreementRegistry agreements;

	PlanFieldText(MessageSource messages, Gazetteer gazetteer, AgreementRegistry agreements) {
		this.messages = messages;
		this.gazetteer = gazetteer;
		this.agreements = agreements;
	}

	@Override
	public RecordKind kind() {
		return PlanBook.RECORDS;
	}

	@Override
	public String shown(String field, String value, Locale locale) {
		if ("agreement".equals(field) && AgreementId.isValid(value)) {
			AgreementId id = new AgreementId(value);
			AgreementSummary agreement = this.agreements.summaries(List.of(id)).get(id);
			return (agreement != null)
					? this.messages.getMessage("plan.field.agreement.value",
							new Object[] { agreement.partyA().name(locale), agreement.partyB().name(locale) }, locale)
					: value;
		}
		Matcher activity = ACTIVITY.matcher(value);
		if (field.startsWith("activities.") && activity.matches()) {
			StringBuilder text = new StringBuilder(activity.group(1)).append(' ')
				.append(label("enum.Category.", activity.group(2), locale));
			if (activity.group(3) != null) {
				text.append(", ").append(label("enum.EngagementForm.", activity.group(3), locale));
			}
			return text.append(" — ")
				.append(this.messages.getMessage("plan.field.activities.origin",
						new Object[] { origin(activity.group(4), locale) }, locale))
				.append(": ")
				.append(activity.group(5))
				.toString();
		}
		return value;
	}

	private String origin(String origin, Locale locale) {
		if (PlannedActivity.BOTH.equals(origin)) {
			return this.messages.getMessage("engagement.origin.both", null, origin, locale);
		}
		return this.gazetteer.nameOf(origin, locale);
	}

	private String label(String prefix, String code, Locale locale) {
		return this.messages.getMessage(prefix + code, null, code, locale);
	}

}
