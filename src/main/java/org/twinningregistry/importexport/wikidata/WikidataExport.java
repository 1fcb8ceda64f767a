package org.twinningregistry.importexport.wikidata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.PublicUrlSettings;

/**
 * The registry's published agreements as QuickStatements commands for Wikidata
 * (docs/import-export.md, "Wikidata"): for each agreement in the scope whose two parties
 * carry Wikidata ids, P190 both ways with start and end times and a reference — the first
 * web address of the agreement's source, else the registry's page of the agreement (when
 * {@code registry.public-base-url} is set). Directions Wikidata already has, as a given
 * query result says, are left out. Public, like every read.
 */
@Service
public class WikidataExport {

	private final AgreementRegistry agreements;

	private final Gazetteer gazetteer;

	private final PublicUrlSettings urls;

	WikidataExport(AgreementRegistry agreements, Gazetteer gazetteer, PublicUrlSettings urls) {
		this.agreements = agreements;
		this.gazetteer = gazetteer;
		this.urls = urls;
	}

	/**
	 * @param scope a country ({@code CA}) or subdivision ({@code CA-BC}) one party lies
	 * in, or {@code null} for every agreement
	 * @param existing the ties Wikidata has (a P190 query result), none to skip nothing
	 * @return the commands, agreement by agreement in id order, and the agreements left
	 * out for want of an item
	 * @throws BadRequestException if the scope is no known code
	 */
	@Transactional(readOnly = true)
	public WikidataStatements statements(@Nullable String scope, List<WikidataTie> existing) {
		List<AgreementSummary> inScope = inScope(scope);
		Map<GovernmentId, GovernmentDetails> parties = this.gazetteer
			.details(inScope.stream().flatMap(a -> Stream.of(a.partyA().id(), a.partyB().id())).distinct().toList());
		Set<String> known = new HashSet<>();
		existing.forEach(tie -> known.add(tie.item() + "|" + tie.twin()));
		List<String> lines = new ArrayList<>();
		List<String> without = new ArrayList<>();
		for (AgreementSummary agreement : inScope) {
			String a = item(parties.get(agreement.partyA().id()));
			String b = item(parties.get(agreement.partyB().id()));
			if (a == null || b == null) {
				without.add(agreement.id().value());
				continue;
			}
			lines.addAll(QuickStatements.of(a, b, agreement.values(), reference(agreement), known));
		}
		return new WikidataStatements(lines, without);
	}

	/** The published agreements with a party in the scope (every one without), by id. */
	List<AgreementSummary> inScope(@Nullable String scope) {
		List<AgreementSummary> all = new ArrayList<>(this.agreements.list(AgreementCriteria.all()));
		all.sort(java.util.Comparator.comparing(a -> a.id().value()));
		if (scope == null || scope.isBlank()) {
			return all;
		}
		String code = scope.strip().toUpperCase(Locale.ROOT);
		boolean country = code.length() == 2 && this.gazetteer.isCountry(code);
		boolean subdivision = code.length() > 3 && this.gazetteer.isCountry(code.substring(0, 2))
				&& this.gazetteer.subdivisions(code.substring(0, 2), Locale.ENGLISH).containsKey(code);
		if (!country && !subdivision) {
			throw new BadRequestException("scope", "error.scope.unknown", code);
		}
		return all.stream()
			.filter(a -> country ? a.partyA().country().equals(code) || a.partyB().country().equals(code)
					: a.partyA().subdivision().equals(code) || a.partyB().subdivision().equals(code))
			.toList();
	}

	private static @Nullable String item(@Nullable GovernmentDetails government) {
		return (government != null) ? government.values().wikidata() : null;
	}

	private @Nullable String reference(AgreementSummary agreement) {
		String source = QuickStatements.firstUrl(agreement.values().source());
		if (source != null) {
			return source;
		}
		return (this.urls.publicBaseUrl() != null)
				? this.urls.publicBaseUrl().toString().replaceAll("/+$", "") + "/agreements/" + agreement.id().value()
				: null;
	}

}
