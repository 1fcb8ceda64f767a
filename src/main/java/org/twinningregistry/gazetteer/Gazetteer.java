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
 * of the government's country changes and deletes. Every government written without
 * coordinates takes its place's from the world gazetteer (a province or state its
 * capital's or centre), and one without a Wikidata id its place's when the place is
 * certain ({@code GovernmentPlaces}). The writes, the reads and the code list are each a
 * component of their own; this class is the one way in.
 */
@Service
public class Gazetteer {

	private final GovernmentWrites writes;

	private final GovernmentQueries queries;

	private final IsoCodeList codes;

	private final GovernmentPlaces places;

	private final WorldGazetteer world;

	Gazetteer(GovernmentWrites writes, GovernmentQueries queries, IsoCodeList codes, GovernmentPlaces places,
			WorldGazetteer world) {
		this.writes = writes;
		this.queries = queries;
		this.codes = codes;
		this.places = places;
		this.world = world;
	}

	/**
	 * Registers a new government.
	 * @param id the key to give it, or {@code null} to derive one from its subdivision
	 * and name
	 * @return the stored government
	 * @throws RuleViolationException if a value breaks a rule or the id is taken
	 */
	public GovernmentDetails register(@Nullable GovernmentId id, GovernmentValues values) {
		return this.writes.register(id, this.places.completed(values));
	}

	/**
	 * The government of a world-gazetteer place: the one already registered for it (by
	 * GeoNames or Wikidata id), else a new one made of the place
	 * ({@link WorldGazetteer#governmentValues}), its id made as every government's is,
	 * from its subdivision and name.
	 * @param placeKey the place's key ({@code geonames:1859891}, {@code wof:…})
	 * @throws NotFoundException if the gazetteer has no such place
	 * @throws RuleViolationException if the place has no ISO subdivision
	 */
	public GovernmentDetails registerPlace(String placeKey) {
		Place place = this.world.place(placeKey).orElseThrow(() -> new NotFoundException("place", placeKey));
		Optional<GovernmentDetails> known = this.queries.ofPlace(place);
		if (known.isPresent()) {
			return known.get();
		}
		if (!place.hasSubdivision()) {
			throw new RuleViolationException(
					org.twinningregistry.shared.Violation.of("subdivision", "rule.place.no-subdivision", place.name()));
		}
		return register(null, this.world.governmentValues(place));
	}

	/**
	 * Replaces a government's values.
	 * @param version the version the change was based on
	 * @throws NotFoundException if there is no such government
	 * @throws ConflictException if someone changed it since {@code version}
	 */
	public GovernmentDetails update(GovernmentId id, long version, GovernmentValues values) {
		return this.writes.update(id, version, this.places.completed(values));
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
		return rows -> this.writes.writeBatch(
				rows.stream().map(row -> new UpsertGovernment(row.id(), this.places.completed(row.values()))).toList());
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

	/**
	 * What a page shows for a government named by its id, as a record's history keeps it:
	 * its name in the reader's language, or the text itself when it is no government's
	 * id.
	 */
	public String nameOf(String id, Locale locale) {
		if (!GovernmentId.isValid(id)) {
			return id;
		}
		GovernmentId government = new GovernmentId(id);
		GovernmentSummary found = summaries(List.of(government)).get(government);
		return (found != null) ? found.name(locale) : id;
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

	/**
	 * The governments carrying this Wikidata item id (usually one), in id order; empty if
	 * none.
	 */
	public List<GovernmentDetails> withWikidata(String qid) {
		return this.queries.withWikidata(qid);
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
