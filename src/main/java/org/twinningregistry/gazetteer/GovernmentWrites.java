package org.twinningregistry.gazetteer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.domain.Government;
import org.twinningregistry.gazetteer.domain.GovernmentRepository;
import org.twinningregistry.gazetteer.domain.GovernmentRules;
import org.twinningregistry.gazetteer.domain.IsoCodeList;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.shared.Violation;

/**
 * The gazetteer's writes of one government at a time (a form, the API, a pairs commit)
 * and the bulk writer of an import, each authorized by the one
 * {@link GovernmentWriteRule} and checked by the same {@link GovernmentRules}. Publishes
 * {@link GovernmentChanged} when a government's names or place change.
 */
@Component
class GovernmentWrites {

	static final String KIND = "government";

	private final EntityManager entities;

	private final GovernmentRepository governments;

	private final IsoCodeList codes;

	private final ObjectProvider<GovernmentReferences> references;

	private final ApplicationEventPublisher events;

	private final GovernmentWriteRule access;

	GovernmentWrites(GovernmentRepository governments, IsoCodeList codes,
			ObjectProvider<GovernmentReferences> references, ObjectProvider<GovernmentPermissions> permissions,
			ApplicationEventPublisher events, EntityManager entities) {
		this.access = new GovernmentWriteRule(permissions);
		this.entities = entities;
		this.governments = governments;
		this.codes = codes;
		this.references = references;
		this.events = events;
	}

	@Transactional
	GovernmentDetails register(@Nullable GovernmentId id, GovernmentValues values) {
		this.access.requireCurator("add governments");
		GovernmentId key = (id != null) ? id : newId(values);
		if (this.governments.existsById(key.value())) {
			throw new RuleViolationException(Violation.of("id", "rule.id.taken", key.value()));
		}
		check(key, values);
		// no GovernmentChanged: nothing holds a copy of a government that did not exist
		return this.governments.save(new Government(key, values)).details();
	}

	@Transactional
	GovernmentDetails update(GovernmentId id, long version, GovernmentValues values) {
		Optional<Government> stored = this.governments.findById(id.value());
		this.access.requireChange(id,
				stored.map(Government::values).map(GovernmentValues::country).orElse(values.country()), values);
		Government government = stored.orElseThrow(() -> new NotFoundException(KIND, id.value()));
		if (government.version() != version) {
			throw ConflictException.staleVersion(KIND, id.value(), version, government.version());
		}
		check(id, values);
		change(government, values);
		return this.governments.saveAndFlush(government).details();
	}

	/** Throws unless the caller may open a bulk writer: any curator. */
	void requireBulkWrite() {
		this.access.requireCurator("import governments");
	}

	/** Writes one batch of a bulk writer, in the caller's transaction if there is one. */
	@Transactional
	List<UpsertResult> writeBatch(List<UpsertGovernment> rows) {
		return new GovernmentBatch(this.governments, this.codes, this.entities, this.access, this::change).write(rows);
	}

	@Transactional
	void delete(GovernmentId id, long version) {
		Optional<Government> stored = this.governments.findById(id.value());
		this.access.requireDelete(id, stored.map(Government::values).map(GovernmentValues::country).orElse(""));
		Government government = stored.orElseThrow(() -> new NotFoundException(KIND, id.value()));
		if (government.version() != version) {
			throw ConflictException.staleVersion(KIND, id.value(), version, government.version());
		}
		long children = this.governments.countByParent(id.value());
		if (children > 0) {
			throw new ConflictException("error.government.in-use", id.value(), children, "kind.governments");
		}
		for (GovernmentReferences reference : this.references.orderedStream().toList()) {
			long count = reference.countReferencesTo(id);
			if (count > 0) {
				throw new ConflictException("error.government.in-use", id.value(), count, reference.kindKey());
			}
		}
		this.governments.delete(government);
	}

	private void check(GovernmentId id, GovernmentValues values) {
		RuleViolationException.throwIfAny(GovernmentRules.check(id, values, this.codes,
				parent -> this.governments.findById(parent.value()).map(Government::values)));
	}

	private void change(Government government, GovernmentValues values) {
		GovernmentValues before = government.values();
		boolean changed = government.apply(values);
		if (changed && government.namesOrPlaceDifferFrom(before)) {
			this.events.publishEvent(new GovernmentChanged(government.details().summary()));
		}
	}

	private GovernmentId newId(GovernmentValues values) {
		String slug = Normalizer.normalize(values.name(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		String base = values.subdivision() + (slug.isEmpty() ? "" : "-" + slug);
		base = base.length() > 58 ? base.substring(0, 58) : base;
		String candidate = base;
		for (int n = 2; this.governments.existsById(candidate); n++) {
			candidate = base + "-" + n;
		}
		return new GovernmentId(candidate);
	}

}
