package org.twinningregistry.importexport.format;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.strategy.PlanBook;

/**
 * Every record of a table as a row of values in the schema's column order, in key order,
 * a page at a time: what both exports, CSV and XLSX, write.
 */
@Component
public class RegistryRows {

	private final Gazetteer gazetteer;

	private final AgreementRegistry agreements;

	private final EngagementLog engagements;

	private final PlanBook plans;

	RegistryRows(Gazetteer gazetteer, AgreementRegistry agreements, EngagementLog engagements, PlanBook plans) {
		this.gazetteer = gazetteer;
		this.agreements = agreements;
		this.engagements = engagements;
		this.plans = plans;
	}

	/**
	 * Hands each row of the table to the consumer: one value per column, {@code null} for
	 * none, to be written with {@link Cells}.
	 */
	public void forEach(TableSchema table, Consumer<List<@Nullable Object>> row) {
		if (table.equals(DataPackageSchema.GOVERNMENTS)) {
			this.gazetteer.forEach(government -> {
				GovernmentValues v = government.values();
				row.accept(values(government.id().value(), v.name(), v.nameFr(), v.nameLocal(), v.country(),
						v.subdivision(), v.level(), v.parent(), v.population(), v.latitude(), v.longitude(),
						v.wikidata(), v.geonames()));
			});
		}
		else if (table.equals(DataPackageSchema.AGREEMENTS)) {
			this.agreements.forEach(agreement -> {
				AgreementValues v = agreement.values();
				row.accept(values(agreement.id().value(), v.partyA(), v.partyB(), v.type(), v.signed(), v.status(),
						v.ended(), v.termEnds(), v.renewed(), v.councilResolution(), v.supersedes(), v.purposes(),
						v.source(), v.notes()));
			});
		}
		else if (table.equals(DataPackageSchema.ENGAGEMENTS)) {
			this.engagements.forEach(engagement -> {
				EngagementValues v = engagement.values();
				row.accept(values(engagement.id().value(), v.agreement(), v.year(), v.date(), v.endDate(), v.category(),
						v.origin(), v.form(), v.mode(), v.participants(), v.officialLevel(), v.cost(), v.currency(),
						v.title(), v.description(), v.source()));
			});
		}
		else if (table.equals(DataPackageSchema.PLANS)) {
			this.plans.forEach(plan -> row.accept(
					values(plan.id().value(), plan.values().agreement(), plan.values().from(), plan.values().to())));
		}
		else if (table.equals(DataPackageSchema.PLANNED_ACTIVITIES)) {
			this.plans.forEach(plan -> plan.values()
				.activities()
				.forEach(a -> row.accept(values(plan.id().value(), a.key(), a.year(), a.category(), a.form(),
						a.origin(), a.participants(), a.title(), a.notes()))));
		}
		else {
			throw new IllegalArgumentException("not a table of the data package: " + table.name());
		}
	}

	/** The values as a list that may hold {@code null}. */
	private static List<@Nullable Object> values(@Nullable Object... values) {
		return java.util.Arrays.asList(values);
	}

}
