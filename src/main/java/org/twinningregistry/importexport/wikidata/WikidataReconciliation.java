package org.twinningregistry.importexport.wikidata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.WorldGazetteer;
import org.twinningregistry.importexport.upload.MalformedPackageException;

/**
 * Reconciles a Wikidata P190 query result with the registry by item id
 * (docs/import-export.md, "Wikidata"): each tie is matched to the governments carrying
 * its two items and to an agreement between them; the report lists the ties Wikidata has
 * that the registry lacks (and why), and the registry's agreements between governments
 * the result names (or, with a scope, every agreement in it) that Wikidata lacks. Writes
 * nothing. Needs a curator, as the pairs lists do.
 */
@Service
public class WikidataReconciliation {

	private final AgreementRegistry agreements;

	private final Gazetteer gazetteer;

	private final WorldGazetteer world;

	private final WikidataExport export;

	WikidataReconciliation(AgreementRegistry agreements, Gazetteer gazetteer, WorldGazetteer world,
			WikidataExport export) {
		this.agreements = agreements;
		this.gazetteer = gazetteer;
		this.world = world;
		this.export = export;
	}

	/**
	 * @param result the query result as the query service downloads it, JSON or CSV
	 * @param scope a country or subdivision whose agreements Wikidata should all have, or
	 * {@code null} for those between governments the result names
	 * @throws MalformedPackageException if the result cannot be read
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('CURATOR')")
	public WikidataReport reconcile(byte[] result, @Nullable String scope) {
		List<WikidataTie> rows = WikidataResults.read(result);
		Map<String, WikidataTie> ties = new LinkedHashMap<>();
		rows.forEach(tie -> ties.putIfAbsent(tie.pairKey(), tie));
		Map<String, Optional<GovernmentDetails>> governments = new HashMap<>();
		List<WikidataReport.MissingInRegistry> missing = new ArrayList<>();
		Set<String> named = new java.util.HashSet<>();
		int matched = 0;
		for (WikidataTie tie : ties.values()) {
			Optional<GovernmentDetails> a = governments.computeIfAbsent(tie.item(), this::government);
			Optional<GovernmentDetails> b = governments.computeIfAbsent(tie.twin(), this::government);
			a.ifPresent(g -> named.add(g.id().value()));
			b.ifPresent(g -> named.add(g.id().value()));
			if (a.isPresent() && b.isPresent() && agreed(a.get().id(), b.get().id())) {
				matched++;
			}
			else {
				WikidataReport.Side item = side(tie.item(), tie.itemLabel(), a);
				WikidataReport.Side twin = side(tie.twin(), tie.twinLabel(), b);
				missing.add(new WikidataReport.MissingInRegistry(tie.line(), item, twin, reason(item, twin)));
			}
		}
		Set<String> known = ties.keySet();
		return new WikidataReport(rows.size(), ties.size(), matched, missing, missingInWikidata(scope, named, known));
	}

	private List<WikidataReport.MissingInWikidata> missingInWikidata(@Nullable String scope, Set<String> named,
			Set<String> ties) {
		List<AgreementSummary> candidates = (scope != null && !scope.isBlank()) ? this.export.inScope(scope)
				: this.agreements.list(AgreementCriteria.all())
					.stream()
					.filter(a -> named.contains(a.partyA().id().value()) || named.contains(a.partyB().id().value()))
					.sorted(java.util.Comparator.comparing(a -> a.id().value()))
					.toList();
		Map<GovernmentId, GovernmentDetails> parties = this.gazetteer.details(candidates.stream()
			.flatMap(a -> java.util.stream.Stream.of(a.partyA().id(), a.partyB().id()))
			.collect(Collectors.toSet()));
		List<WikidataReport.MissingInWikidata> missing = new ArrayList<>();
		for (AgreementSummary agreement : candidates) {
			String a = item(parties.get(agreement.partyA().id()));
			String b = item(parties.get(agreement.partyB().id()));
			boolean inWikidata = a != null && b != null
					&& ties.contains(new WikidataTie(0, a, b, null, null).pairKey());
			if (!inWikidata) {
				missing.add(new WikidataReport.MissingInWikidata(agreement.id().value(),
						agreement.partyA().id().value(), a, agreement.partyB().id().value(), b));
			}
		}
		return missing;
	}

	private Optional<GovernmentDetails> government(String qid) {
		return this.gazetteer.withWikidata(qid).stream().findFirst();
	}

	private boolean agreed(GovernmentId a, GovernmentId b) {
		return this.agreements.list(AgreementCriteria.ofGovernment(a)).stream().anyMatch(x -> x.hasParty(b));
	}

	private WikidataReport.Side side(String qid, @Nullable String label, Optional<GovernmentDetails> government) {
		if (government.isPresent()) {
			return new WikidataReport.Side(qid, label, government.get().id().value(), null,
					government.get().values().name());
		}
		Optional<Place> place = this.world.withWikidata(qid).stream().findFirst();
		return new WikidataReport.Side(qid, label, null, place.map(Place::key).orElse(null),
				place.map(Place::name).orElse(null));
	}

	private static String reason(WikidataReport.Side item, WikidataReport.Side twin) {
		if (item.government() != null && twin.government() != null) {
			return "no-agreement";
		}
		boolean unknown = (item.government() == null && item.place() == null)
				|| (twin.government() == null && twin.place() == null);
		return unknown ? "unknown-item" : "not-registered";
	}

	private static @Nullable String item(@Nullable GovernmentDetails government) {
		return (government != null) ? government.values().wikidata() : null;
	}

}
