package org.twinningregistry.gazetteer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.twinningregistry.gazetteer.domain.IsoCodeList;
import org.twinningregistry.shared.BulkWriter;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.RuleViolationException;
import org.twinningregistry.shared.UpsertOutcome;

/**
 * The gazetteer's facade: registers, changes, finds and deletes governments, and names
 * countries and subdivisions. Reads are public; every write is authorized by one rule
 * ({@code GovernmentWriteRule}), whichever path it comes by: any curator adds, a curator
 * of the government's country changes and deletes. The writes, the reads and the code
 * list are each a component of their own; this class is the one way in.
 */
@Service
public class Gazetteer {

	private final GovernmentWrites writes;

	private final GovernmentQueries queries;

	private final IsoCodeList codes;

	Gazetteer(GovernmentWrites writes, GovernmentQueries queries, IsoCodeList codes) {
		this.writes = writes;
		this.queries = queries;
		this.codes = codes;
	}

	/**
	 * Registers a new government.
	 * @param id the key to give it, or {@code null} to derive one from its subdivision
	 * and name
	 * @return the stored government
	 * @throws RuleViolationException if a value breaks a rule or the id is taken
	 */
	public GovernmentDetails register(@Nullable GovernmentId id, GovernmentValues values) {
		return this.writes.register(id, values);
	}

	/**
	 * Replaces a government's values.
	 * @param version the version the change was based on
	 * @throws NotFoundException if there is no such government
	 * @throws ConflictException if someone changed it since {@code version}
	 */
	public GovernmentDetails update(GovernmentId id, long version, GovernmentValues values) {
		return this.writes.update(id, version, values);
	}

	/**
	 * Creates or replaces a government by key, as an import does: no version check, and
	 * nothing is written when the values are the ones already stored. The one-row form of
	 * {@link #bulkWriter}.
	 * @throws RuleViolationException if a value breaks a rule
	 */
	public UpsertOutcome upsert(GovernmentId id, GovernmentValues values) {
		return bulkWriter().write(List.of(new UpsertGovernment(id, values))).get(0).orThrow();
	}

	/**
	 * Opens the bulk writer of one import's governments: each batch creates or replaces
	 * governments by key in a few statements rather than a few per government, in the
	 * caller's transaction. Each row is checked by the rules {@link #upsert} applies, its
	 * parent sought among the stored governments and those written earlier (so a parent
	 * comes before the governments it contains); a row that breaks a rule is not written,
	 * and a later one naming it as parent finds no parent. Nothing is written for a row
	 * whose values are those already stored. Each write is authorized as
	 * {@link #register} and {@link #update} authorize it: any curator adds, a curator of
	 * the stored and of the new country changes; one refused write refuses the whole
	 * batch (the caller's transaction is rolled back). Publishes
	 * {@link GovernmentChanged} for each government created or whose names or place
	 * changed.
	 * @throws org.springframework.security.access.AccessDeniedException if the caller is
	 * no curator
	 */
	public BulkWriter<UpsertGovernment> bulkWriter() {
		this.writes.requireBulkWrite();
		return this.writes::writeBatch;
	}

	/**
	 * Deletes a government that nothing names any more.
	 * @throws ConflictException if the version is stale or other records name it
	 */
	public void delete(GovernmentId id, long version) {
		this.writes.delete(id, version);
	}

	/** The government, or empty if there is none with this id. */
	public Optional<GovernmentDetails> find(GovernmentId id) {
		return this.queries.find(id);
	}

	/**
	 * The government.
	 * @throws NotFoundException if there is none with this id
	 */
	public GovernmentDetails get(GovernmentId id) {
		return this.queries.get(id);
	}

	/**
	 * Summaries of the governments among {@code ids} that exist; unknown ids are left
	 * out.
	 */
	public Map<GovernmentId, GovernmentSummary> summaries(Collection<GovernmentId> ids) {
		return this.queries.summaries(ids);
	}

	/** A page of governments matching the criteria, sorted as the page request says. */
	public Page<GovernmentSummary> search(GovernmentCriteria criteria, Pageable page) {
		return this.queries.search(criteria, page).map(GovernmentDetails::summary);
	}

	/**
	 * The governments among {@code ids} that exist, with all their values; unknown ids
	 * are left out.
	 */
	public Map<GovernmentId, GovernmentDetails> details(Collection<GovernmentId> ids) {
		return this.queries.details(ids);
	}

	/** A page of governments matching the criteria, with all their values. */
	public Page<GovernmentDetails> searchDetails(GovernmentCriteria criteria, Pageable page) {
		return this.queries.search(criteria, page);
	}

	/** How many governments the registry holds. */
	public long count() {
		return this.queries.count();
	}

	/** Hands every government to the consumer in id order, a page at a time. */
	public void forEach(Consumer<GovernmentDetails> consumer) {
		this.queries.forEach(consumer);
	}

	/**
	 * Whether the code is an ISO 3166-1 alpha-2 country code the registry accepts.
	 */
	public boolean isCountry(String code) {
		return this.codes.isCountry(code);
	}

	/** Whether the code is an ISO 3166-2 subdivision code the registry accepts. */
	public boolean isSubdivision(String code) {
		return this.codes.isSubdivision(code);
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

}
