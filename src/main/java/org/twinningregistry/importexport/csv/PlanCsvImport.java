package org.twinningregistry.importexport.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.importexport.report.ImportCancelledException;
import org.twinningregistry.importexport.report.ImportProgress;
import org.twinningregistry.shared.BulkWriter;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.shared.Violation;
import org.twinningregistry.strategy.PlanBook;
import org.twinningregistry.strategy.PlanId;
import org.twinningregistry.strategy.PlanValues;
import org.twinningregistry.strategy.PlannedActivity;
import org.twinningregistry.strategy.UpsertPlan;

/**
 * Reads {@code plans.csv} and {@code planned_activities.csv} together and writes each
 * plan, its activities with it, through the {@link PlanBook}'s bulk writer, after the
 * agreements. A plan's activities are the rows of the second file naming it, in the
 * file's order; an activity naming a plan the package lacks is an error. The rules a plan
 * breaks are reported where they lie: a rule of an activity ({@code activities[2].year})
 * at that activity's row and column, the others at the plan's row.
 */
@Component
public class PlanCsvImport {

	private static final Pattern ACTIVITY_FIELD = Pattern.compile("activities\\[(\\d+)]\\.(\\w+)");

	private static final Pattern KEY = Pattern.compile("[\\p{Alnum}_.:-]{1,32}");

	private final PlanBook plans;

	PlanCsvImport(PlanBook plans) {
		this.plans = plans;
	}

	/**
	 * Imports the plans and their activities.
	 * @param planRows the rows of {@code plans.csv} (empty when the package has none)
	 * @param activityRows the rows of {@code planned_activities.csv}
	 * @param planTally the counts of {@code plans.csv}
	 * @param activityTally the counts of {@code planned_activities.csv}, or {@code null}
	 * when the package has no such file
	 * @throws ImportCancelledException when the progress listener asks to stop
	 */
	public void run(List<CsvRow> planRows, List<CsvRow> activityRows, Findings findings, FileTally planTally,
			@Nullable FileTally activityTally, ImportProgress progress) {
		Map<String, Planned> planned = new LinkedHashMap<>();
		for (CsvRow row : planRows) {
			planTally.row();
			Planned plan = plan(row);
			if (plan != null) {
				planned.put(plan.id(), plan);
			}
		}
		for (CsvRow row : activityRows) {
			if (activityTally != null) {
				activityTally.row();
			}
			addActivity(row, planned);
		}
		progress.rowsDone(planRows.size() + activityRows.size());
		BulkWriter<UpsertPlan> writer = this.plans.bulkWriter();
		List<Planned> ready = planned.values().stream().filter(Planned::usable).toList();
		for (int from = 0; from < ready.size(); from += BulkWriter.BATCH) {
			if (progress.cancelRequested()) {
				throw new ImportCancelledException();
			}
			List<Planned> batch = ready.subList(from, Math.min(ready.size(), from + BulkWriter.BATCH));
			List<UpsertResult> results = writer.write(batch.stream().map(Planned::upsert).toList());
			for (int i = 0; i < batch.size(); i++) {
				report(batch.get(i), results.get(i), findings, planTally, activityTally);
			}
		}
	}

	private static @Nullable Planned plan(CsvRow row) {
		String id = row.id("id", true);
		String agreement = row.id("agreement", true);
		Integer from = row.year("from");
		Integer to = row.year("to");
		if (!row.usable() || id == null || agreement == null || from == null || to == null) {
			return null;
		}
		return new Planned(id, row, new AgreementId(agreement), from, to, new ArrayList<>(), new ArrayList<>());
	}

	private static void addActivity(CsvRow row, Map<String, Planned> planned) {
		String plan = row.id("plan", true);
		String key = row.required("key");
		if (key != null && !KEY.matcher(key).matches()) {
			row.fail("key", "rule.plan.activity.key", key);
		}
		Integer year = row.year("year");
		Category category = row.code("category", Category.class, true);
		EngagementForm form = row.code("form", EngagementForm.class, false);
		String origin = row.id("origin", true);
		Long participants = row.whole("participants");
		if (participants != null && participants > Integer.MAX_VALUE) {
			row.fail("participants", "rule.range", 0, Integer.MAX_VALUE);
		}
		String title = row.required("title");
		Planned owner = (plan != null) ? planned.get(plan) : null;
		if (plan != null && owner == null) {
			row.fail("plan", "import.activity.plan.unknown", plan);
		}
		if (owner == null) {
			return;
		}
		if (!row.usable() || key == null || year == null || category == null || origin == null || title == null) {
			owner.broken();
			return;
		}
		owner.rows().add(row);
		owner.activities()
			.add(new PlannedActivity(key, year, category, form, origin,
					(participants != null) ? participants.intValue() : null, title, row.text("notes")));
	}

	private static void report(Planned plan, UpsertResult result, Findings findings, FileTally planTally,
			@Nullable FileTally activityTally) {
		if (result.isWritten()) {
			planTally.count(result.outcome());
			if (activityTally != null) {
				plan.rows().forEach(row -> activityTally.count(result.outcome()));
			}
			return;
		}
		for (Violation violation : result.violations()) {
			Matcher activity = (violation.field() != null) ? ACTIVITY_FIELD.matcher(violation.field()) : null;
			if (activity != null && activity.matches()) {
				CsvRow row = plan.rows().get(Integer.parseInt(activity.group(1)));
				findings.violations(row,
						List.of(new Violation(activity.group(2), violation.code(), violation.arguments())), false);
			}
			else {
				findings.violations(plan.row(), List.of(violation), false);
			}
		}
	}

	/**
	 * A plan read from its row, with the rows of its activities and their values.
	 */
	private static final class Planned {

		private final String id;

		private final CsvRow row;

		private final AgreementId agreement;

		private final int from;

		private final int to;

		private final List<CsvRow> rows;

		private final List<PlannedActivity> activities;

		private boolean broken;

		Planned(String id, CsvRow row, AgreementId agreement, int from, int to, List<CsvRow> rows,
				List<PlannedActivity> activities) {
			this.id = id;
			this.row = row;
			this.agreement = agreement;
			this.from = from;
			this.to = to;
			this.rows = rows;
			this.activities = activities;
		}

		String id() {
			return this.id;
		}

		CsvRow row() {
			return this.row;
		}

		List<CsvRow> rows() {
			return this.rows;
		}

		List<PlannedActivity> activities() {
			return this.activities;
		}

		/** One of its activities has a bad cell, reported there. */
		void broken() {
			this.broken = true;
		}

		/**
		 * Whether to hand it to the writer, which reports the rules its activities break
		 * (the import fails anyway when a cell is bad): not when every activity of it has
		 * a bad cell, which would only add a misleading "no activity".
		 */
		boolean usable() {
			return !this.broken || !this.rows.isEmpty();
		}

		UpsertPlan upsert() {
			return new UpsertPlan(new PlanId(this.id),
					new PlanValues(this.agreement, this.from, this.to, List.copyOf(this.activities)));
		}

	}

}
