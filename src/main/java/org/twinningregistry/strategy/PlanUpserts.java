package org.twinningregistry.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.account.RegistryRole;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.workflow.HistoryAction;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.ReviewedKind;

/**
 * The bulk write of plans ({@link PlanBook#bulkWriter}), as an import does it: each plan
 * checked by every rule a single write keeps and published directly, created or replaced
 * by key (history IMPORTED), nothing written for one unchanged. Plans are few beside
 * engagements, so they are written one by one.
 */
@Component
class PlanUpserts {

	private final PlanKind kind;

	private final AccessControl access;

	private final HistoryLog history;

	PlanUpserts(PlanKind kind, AccessControl access, HistoryLog history) {
		this.kind = kind;
		this.access = access;
		this.history = history;
	}

	/**
	 * Checks and writes the plans, in order.
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * is a curator who may publish for a party of each plan's agreement (and, for a
	 * change, of its stored agreement)
	 */
	@Transactional
	public List<UpsertResult> write(List<UpsertPlan> rows) {
		this.access.require(this.access.holds(RegistryRole.CURATOR), "import plans");
		List<UpsertResult> results = new ArrayList<>(rows.size());
		for (UpsertPlan row : rows) {
			results.add(write(row));
		}
		return results;
	}

	private UpsertResult write(UpsertPlan row) {
		String id = row.id().value();
		try {
			this.kind.check(id, row.values());
		}
		catch (RuleViolationException ex) {
			return UpsertResult.refused(ex.violations());
		}
		requirePublish(row.values(), id);
		Optional<ReviewedKind.Published<PlanValues>> stored = this.kind.published(id);
		if (stored.isPresent() && stored.get().values().equals(row.values())) {
			return UpsertResult.written(UpsertOutcome.UNCHANGED);
		}
		Map<String, @Nullable String> before = Map.of();
		if (stored.isPresent()) {
			requirePublish(stored.get().values(), id);
			before = PlanFields.of(stored.get().values());
			this.kind.change(id, row.values());
		}
		else {
			this.kind.insert(id, row.values());
		}
		this.history.recordPublished(PlanBook.ref(row.id()), HistoryAction.IMPORTED, before,
				PlanFields.of(row.values()));
		return UpsertResult.written(stored.isPresent() ? UpsertOutcome.UPDATED : UpsertOutcome.CREATED);
	}

	private void requirePublish(PlanValues values, String id) {
		this.access.require(this.access.mayPublish(this.kind.parties(values)),
				"import plan " + id + " of agreement " + values.agreement().value());
	}

}
