package org.twinningregistry.importexport.csv;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentValues;
import org.twinningregistry.gazetteer.UpsertGovernment;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.shared.BulkWriter;

/**
 * Reads {@code governments.csv} and upserts its rows through the {@link Gazetteer}, a
 * batch at a time.
 */
@Component
public class GovernmentCsvImport extends TableCsvImport<GovernmentValues> {

	private final Gazetteer gazetteer;

	private final AgreementRegistry agreements;

	GovernmentCsvImport(Gazetteer gazetteer, AgreementRegistry agreements) {
		super(DataPackageSchema.GOVERNMENTS);
		this.gazetteer = gazetteer;
		this.agreements = agreements;
	}

	/** Warns of each government written that is no party to any agreement. */
	public void warnWithoutAgreement(Map<String, CsvRow> written, Findings findings) {
		Set<GovernmentId> parties = this.agreements
			.partiesAmong(written.keySet().stream().map(GovernmentId::new).toList());
		written.forEach((id, row) -> {
			if (!parties.contains(new GovernmentId(id))) {
				findings.warning(row.file(), row.line(), null, null, "import.warning.government.no-agreement", id);
			}
		});
	}

	@Override
	@Nullable GovernmentValues values(CsvRow row) {
		row.id("id", true);
		String name = row.required("name");
		String country = row.required("country");
		String subdivision = row.required("subdivision");
		GovernmentLevel level = row.code("level", GovernmentLevel.class, true);
		String parent = row.id("parent", false);
		Long population = row.whole("population");
		BigDecimal latitude = row.decimal("latitude");
		BigDecimal longitude = row.decimal("longitude");
		String wikidata = row.text("wikidata");
		Long geonames = row.whole("geonames");
		if (!row.usable() || name == null || country == null || subdivision == null || level == null) {
			return null;
		}
		return new GovernmentValues(name, row.text("name_fr"), row.text("name_local"), country, subdivision, level,
				(parent != null) ? new GovernmentId(parent) : null, population, degrees(latitude), degrees(longitude),
				wikidata, geonames);
	}

	@Override
	@Nullable String dependency(GovernmentValues values) {
		return (values.parent() != null) ? values.parent().value() : null;
	}

	@Override
	BulkWriter<Parsed<GovernmentValues>> writer() {
		BulkWriter<UpsertGovernment> writer = this.gazetteer.bulkWriter();
		return batch -> writer
			.write(batch.stream().map(p -> new UpsertGovernment(new GovernmentId(p.id()), p.values())).toList());
	}

	private static @Nullable Double degrees(@Nullable BigDecimal value) {
		return (value != null) ? value.doubleValue() : null;
	}

}
