package org.twinningregistry.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.domain.Government;
import org.twinningregistry.gazetteer.domain.GovernmentRepository;
import org.twinningregistry.gazetteer.domain.GovernmentRules;
import org.twinningregistry.gazetteer.domain.GovernmentSearch;
import org.twinningregistry.gazetteer.domain.IsoCodeList;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PagedScan;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;
import org.twinningregistry.shared.UpsertResult;
import org.twinningregistry.shared.Violation;

/**
 * The gazetteer's facade: registers, changes, finds and deletes governments, and names
 * countries and subdivisions. Reads are public; every write is authorized by one rule
 * ({@code GovernmentWriteRule}), whichever path it comes by: any curator adds, a curator
 * of the government's country changes and deletes.
 */
@Service
public class Gazetteer {

	static final String KIND = "government";

	private final EntityManager entities;

	private final GovernmentRepository governments;

	private final IsoCodeList codes;

	private final ObjectProvider<GovernmentReferences> references;

	private final ApplicationEventPublisher events;

	private final GovernmentWriteRule access;

	Gazetteer(GovernmentRepository governments, IsoCodeList codes, ObjectProvider<GovernmentReferences> references,
			ObjectProvider<GovernmentPermissions> permissions, ApplicationEventPublisher events,
			EntityManager entities) {
		this.access = new GovernmentWriteRule(permissions);
		this.entities = entities;
		this.governments = governments;
		this.codes = codes;
		this.references = references;
		this.events = events;
	}

	/**
	 * Registers a new government.
	 * @param id the key to give it, or {@code null} to derive one from its subdivision
	 * and name
	 * @return the stored government
	 * @throws RuleViolationException if a value breaks a rule or the id is taken
	 */
	@Transactional
	public GovernmentDetails register(@Nullable GovernmentId id, GovernmentValues values) {
		this.access.requireCurator("add governments");
		GovernmentId key = (id != null) ? id : newId(values);
		if (this.governments.existsById(key.value())) {
			throw new RuleViolationException(Violation.of("id", "rule.id.taken", key.value()));
		}
		check(key, values);
		// no GovernmentChanged: nothing holds a copy of a government that did not exist
		return this.governments.save(new Government(key, values)).details();
	}

	/**
	 * Replaces a government's values.
	 * @param version the version the change was based on
	 * @throws NotFoundException if there is no such government
	 * @throws ConflictException if someone changed it since {@code version}
	 */
	@Transactional
	public GovernmentDetails update(GovernmentId id, long version, GovernmentValues values) {
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

	/**
	 * Creates or replaces a government by key, as an import does: no version check, and
	 * nothing is written when the values are the ones already stored. The one-row form of
	 * {@link #upsertAll}.
	 * @throws RuleViolationException if a value breaks a rule
	 */
	@Transactional
	public UpsertOutcome upsert(GovernmentId id, GovernmentValues values) {
		return upsertAll(List.of(new UpsertGovernment(id, values))).get(0).orThrow();
	}

	/**
	 * Creates or replaces many governments by key, as an import does, in a few statements
	 * rather than a few per government: each is checked by the rules {@link #upsert}
	 * applies, its parent sought among the stored governments and those written earlier
	 * in the list (so a parent comes before the governments it contains). A government
	 * that breaks a rule is not written, and a later one naming it as parent finds no
	 * parent. Nothing is written for a government whose values are those already stored.
	 * Each write is authorized as {@link #register} and {@link #update} authorize it: any
	 * curator adds, a curator of the stored and of the new country changes; one refused
	 * write refuses the whole list (the caller's transaction is rolled back). Reads the
	 * stored governments in one query and flushes the writes once. Publishes
	 * {@link GovernmentChanged} for each government created or whose names or place
	 * changed.
	 * @param rows the governments, typically up to a thousand at a time
	 * @return what became of each government, in order: its outcome, or the rules it
	 * breaks
	 * @throws org.springframework.security.access.AccessDeniedException if the caller may
	 * not write one of the governments
	 */
	@Transactional
	public List<UpsertResult> upsertAll(List<UpsertGovernment> rows) {
		this.access.requireCurator("import governments");
		Map<String, Government> stored = new HashMap<>();
		List<String> keys = Stream
			.concat(rows.stream().map(UpsertGovernment::id),
					rows.stream().map(r -> r.values().parent()).filter(Objects::nonNull))
			.map(GovernmentId::value)
			.distinct()
			.toList();
		this.governments.findAllById(keys).forEach(g -> stored.put(g.id().value(), g));
		List<UpsertResult> results = new ArrayList<>(rows.size());
		for (UpsertGovernment row : rows) {
			List<Violation> violations = GovernmentRules.check(row.id(), row.values(), this.codes,
					parent -> Optional.ofNullable(stored.get(parent.value())).map(Government::values));
			results.add(
					violations.isEmpty() ? UpsertResult.written(write(row, stored)) : UpsertResult.refused(violations));
		}
		this.governments.flush();
		return results;
	}

	private UpsertOutcome write(UpsertGovernment row, Map<String, Government> stored) {
		Government existing = stored.get(row.id().value());
		if (existing != null) {
			if (existing.values().equals(row.values())) {
				return UpsertOutcome.UNCHANGED;
			}
			this.access.requireChange(row.id(), existing.values().country(), row.values());
			change(existing, row.values());
			return UpsertOutcome.UPDATED;
		}
		Government government = new Government(row.id(), row.values());
		// persisted, not merged: the instance stays the managed one that later rows
		// change
		this.entities.persist(government);
		stored.put(row.id().value(), government);
		return UpsertOutcome.CREATED;
	}

	/**
	 * Deletes a government that nothing names any more.
	 * @throws ConflictException if the version is stale or other records name it
	 */
	@Transactional
	public void delete(GovernmentId id, long version) {
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

	/** The government, or empty if there is none with this id. */
	@Transactional(readOnly = true)
	public Optional<GovernmentDetails> find(GovernmentId id) {
		return this.governments.findById(id.value()).map(Government::details);
	}

	/**
	 * The government.
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public GovernmentDetails get(GovernmentId id) {
		return load(id).details();
	}

	/**
	 * Summaries of the governments among {@code ids} that exist; unknown ids are left
	 * out.
	 */
	@Transactional(readOnly = true)
	public Map<GovernmentId, GovernmentSummary> summaries(Collection<GovernmentId> ids) {
		List<String> keys = ids.stream().map(GovernmentId::value).distinct().toList();
		return this.governments.findAllById(keys)
			.stream()
			.map(g -> g.details().summary())
			.collect(Collectors.toMap(GovernmentSummary::id, Function.identity()));
	}

	/** A page of governments matching the criteria, sorted as the page request says. */
	@Transactional(readOnly = true)
	public Page<GovernmentSummary> search(GovernmentCriteria criteria, Pageable page) {
		return this.governments.findAll(GovernmentSearch.matching(criteria), page).map(g -> g.details().summary());
	}

	/**
	 * The governments among {@code ids} that exist, with all their values; unknown ids
	 * are left out.
	 */
	@Transactional(readOnly = true)
	public Map<GovernmentId, GovernmentDetails> details(Collection<GovernmentId> ids) {
		List<String> keys = ids.stream().map(GovernmentId::value).distinct().toList();
		return this.governments.findAllById(keys)
			.stream()
			.map(Government::details)
			.collect(Collectors.toMap(GovernmentDetails::id, Function.identity()));
	}

	/** A page of governments matching the criteria, with all their values. */
	@Transactional(readOnly = true)
	public Page<GovernmentDetails> searchDetails(GovernmentCriteria criteria, Pageable page) {
		return this.governments.findAll(GovernmentSearch.matching(criteria), page).map(Government::details);
	}

	/** Ids of every government matching the criteria (for other modules' filters). */
	@Transactional(readOnly = true)
	public List<GovernmentId> ids(GovernmentCriteria criteria) {
		return this.governments.findAll(GovernmentSearch.matching(criteria)).stream().map(Government::id).toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.governments.count();
	}

	/** Hands every government to the consumer in id order, a page at a time. */
	@Transactional(readOnly = true)
	public void forEach(Consumer<GovernmentDetails> consumer) {
		// a page at a time: the persistence context forgets what was handed on
		PagedScan.inIdOrder(500, this.governments::findAll, g -> consumer.accept(g.details()), this.entities::clear);
	}

	/**
	 * Whether the code is an ISO 3166-1 alpha-2 country code the registry accepts.
	 */
	public boolean isCountry(String code) {
		return this.codes.isCountry(code);
	}

	/**
	 * The English or French name of an ISO 3166-1 country, or the code itself if unknown.
	 */
	public String countryName(String code, Locale locale) {
		return this.codes.countryName(code, locale);
	}

	/** The name of an ISO 3166-2 subdivision, or the code itself if unknown. */
	public String subdivisionName(String code, Locale locale) {
		return this.codes.subdivisionName(code, locale);
	}

	/** Every country the registry accepts, code to name, sorted by name. */
	public Map<String, String> countries(Locale locale) {
		return this.codes.countries(locale);
	}

	/** The subdivisions of a country, code to name, sorted by name. */
	public Map<String, String> subdivisions(String country, Locale locale) {
		return this.codes.subdivisions(country, locale);
	}

	private Government load(GovernmentId id) {
		return this.governments.findById(id.value()).orElseThrow(() -> new NotFoundException(KIND, id.value()));
	}

	private void check(GovernmentId id, GovernmentValues values) {
		RuleViolationException.throwIfAny(GovernmentRules.check(id, values, this.codes,
				parent -> this.governments.findById(parent.value()).map(Government::values)));
	}

	private boolean change(Government government, GovernmentValues values) {
		GovernmentValues before = government.values();
		boolean changed = government.apply(values);
		if (changed && government.namesOrPlaceDifferFrom(before)) {
			this.events.publishEvent(new GovernmentChanged(government.details().summary()));
		}
		return changed;
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
