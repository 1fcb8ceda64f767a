package org.twinningregistry.importexport.csv;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.Violation;

/**
 * Reads {@code engagements.csv} and upserts each row through the {@link EngagementLog},
 * warning of engagements dated outside their agreement's life.
 */
@Component
public class EngagementCsvImport extends TableCsvImport<EngagementValues> {

	private static final int MAX_PARTICIPANTS = Integer.MAX_VALUE;

	private final EngagementLog engagements;

	EngagementCsvImport(EngagementLog engagements) {
		super(DataPackageSchema.ENGAGEMENTS);
		this.engagements = engagements;
	}

	@Override
	@Nullable EngagementValues values(CsvRow row) {
		row.id("id", true);
		String agreement = row.id("agreement", true);
		Integer year = row.year("year");
		PartialDate date = row.date("date", false);
		PartialDate endDate = row.date("end_date", false);
		Category category = row.code("category", Category.class, true);
		String origin = row.id("origin", true);
		EngagementForm form = row.code("form", EngagementForm.class, false);
		EngagementMode mode = row.code("mode", EngagementMode.class, false);
		Integer participants = participants(row);
		OfficialLevel level = row.code("official_level", OfficialLevel.class, false);
		BigDecimal cost = row.decimal("cost");
		String title = row.required("title");
		if (!row.usable() || agreement == null || year == null || category == null || origin == null || title == null) {
			return null;
		}
		return new EngagementValues(new AgreementId(agreement), year, date, endDate, category, origin, form, mode,
				participants, level, cost, row.text("currency"), title, row.text("description"), row.text("source"));
	}

	@Override
	@Nullable String dependency(EngagementValues values) {
		return null;
	}

	@Override
	UpsertOutcome upsert(String id, EngagementValues values) {
		return this.engagements.upsert(new EngagementId(id), values);
	}

	@Override
	List<Violation> warnings(EngagementValues values) {
		return this.engagements.warnings(values);
	}

	private static @Nullable Integer participants(CsvRow row) {
		Long whole = row.whole("participants");
		if (whole != null && whole > MAX_PARTICIPANTS) {
			row.fail("participants", "rule.range", 0, MAX_PARTICIPANTS);
			return null;
		}
		return (whole != null) ? whole.intValue() : null;
	}

}
