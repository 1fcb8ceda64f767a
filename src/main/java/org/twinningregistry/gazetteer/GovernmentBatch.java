package org.twinningregistry.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.twinningregistry.gazetteer.domain.Government;
import org.twinningregistry.gazetteer.domain.GovernmentRepository;
import org.twinningregistry.gazetteer.domain.GovernmentRules;
import org.twinningregistry.gazetteer.domain.IsoCodeList;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.shared.Violation;

/**
 * Writes one batch of an import's governments in a few statements rather than a few per
 * government: reads the stored governments the batch names in one query, checks each row
 * by the rules a single write applies (its parent sought among the stored governments and
 * those written earlier in the batch), writes it unless its values are those already
 * stored, flushes once, and then forgets the batch's governments so that the persistence
 * context stays small (its own entities only, never another module's).
 */
final class GovernmentBatch {

	private final GovernmentRepository governments;

	private final IsoCodeList codes;

	private final EntityManager entities;

	private final GovernmentWriteRule access;

	private final BiConsumer<Government, GovernmentValues> change;

	private final Map<String, Government> stored = new HashMap<>();

	GovernmentBatch(GovernmentRepository governments, IsoCodeList codes, EntityManager entities,
			GovernmentWriteRule access, BiConsumer<Government, GovernmentValues> change) {
		this.governments = governments;
		this.codes = codes;
		this.entities = entities;
		this.access = access;
		this.change = change;
	}

	List<UpsertResult> write(List<UpsertGovernment> rows) {
		List<String> keys = Stream
			.concat(rows.stream().map(UpsertGovernment::id),
					rows.stream().map(r -> r.values().parent()).filter(Objects::nonNull))
			.map(GovernmentId::value)
			.distinct()
			.toList();
		this.governments.findAllById(keys).forEach(g -> this.stored.put(g.id().value(), g));
		List<UpsertResult> results = new ArrayList<>(rows.size());
		for (UpsertGovernment row : rows) {
			List<Violation> violations = GovernmentRules.check(row.id(), row.values(), this.codes,
					parent -> Optional.ofNullable(this.stored.get(parent.value())).map(Government::values));
			results.add(violations.isEmpty() ? UpsertResult.written(write(row)) : UpsertResult.refused(violations));
		}
		this.governments.flush();
		this.stored.values().forEach(this.entities::detach);
		return results;
	}

	private UpsertOutcome write(UpsertGovernment row) {
		Government existing = this.stored.get(row.id().value());
		if (existing != null) {
			if (existing.values().equals(row.values())) {
				return UpsertOutcome.UNCHANGED;
			}
			this.access.requireChange(row.id(), existing.values().country(), row.values());
			this.change.accept(existing, row.values());
			return UpsertOutcome.UPDATED;
		}
		Government government = new Government(row.id(), row.values());
		// persisted, not merged: the instance stays the managed one that later rows
		// change
		this.entities.persist(government);
		this.stored.put(row.id().value(), government);
		return UpsertOutcome.CREATED;
	}

}
