package org.twinningregistry.importexport.pairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.WorldGazetteer;
import org.twinningregistry.shared.PartialDate;

/**
 * Writes the placed and settled rows of a reconciled list through the facades: makes a
 * government of each world-gazetteer place not yet in the registry (its id made as every
 * government's is, from its subdivision and name; it keeps the place's GeoNames and
 * Wikidata ids, so a second commit finds it as a government and takes it as it is), then
 * registers one agreement per pair, never a second agreement of the type between the same
 * two parties.
 */
public final class PairWriter {

	static final String SOURCE = "Pairs list import";

	private final Gazetteer gazetteer;

	private final WorldGazetteer world;

	private final AgreementRegistry agreements;

	private final Map<String, GovernmentId> parties = new HashMap<>();

	private final Set<String> pairs = new HashSet<>();

	private int governmentsCreated;

	public PairWriter(Gazetteer gazetteer, WorldGazetteer world, AgreementRegistry agreements) {
		this.gazetteer = gazetteer;
		this.world = world;
		this.agreements = agreements;
	}

	public PairsCommitted write(List<PairsRow> rows, PairsCommit commit) {
		int created = 0;
		int existing = 0;
		List<Integer> left = new ArrayList<>();
		for (PairsRow row : rows) {
			PairCandidate a = party(row, 'a', commit);
			PairCandidate b = party(row, 'b', commit);
			PartialDate signed = signed(row, commit);
			GovernmentId partyA = (a != null) ? government(a) : null;
			GovernmentId partyB = (b != null) ? government(b) : null;
			if (partyA == null || partyB == null || signed == null || partyA.equals(partyB)) {
				left.add(row.line());
				continue;
			}
			boolean known = !this.pairs.add(pairKey(partyA, partyB)) || registered(partyA, partyB, commit);
			if (known) {
				existing++;
				continue;
			}
			this.agreements.register(null, new AgreementValues(partyA, partyB, commit.type(), signed,
					AgreementStatus.ACTIVE, null, null, null, null, null, List.of(), SOURCE, null));
			created++;
		}
		return new PairsCommitted(this.governmentsCreated, created, existing, left);
	}

	private static @Nullable PairCandidate party(PairsRow row, char side, PairsCommit commit) {
		if (row.status() == PairStatus.PLACED) {
			return (side == 'a') ? row.partyA() : row.partyB();
		}
		if (row.status() != PairStatus.AMBIGUOUS) {
			return null;
		}
		String chosen = commit.choices().get(PairsCommit.choiceKey(row.line(), side));
		List<PairCandidate> candidates = (side == 'a') ? row.candidatesA() : row.candidatesB();
		if (chosen == null && candidates.size() == 1) {
			return candidates.get(0);
		}
		return candidates.stream().filter(c -> c.key().equals(chosen)).findFirst().orElse(null);
	}

	private static @Nullable PartialDate signed(PairsRow row, PairsCommit commit) {
		PartialDate own = (row.signed() != null) ? parse(row.signed()) : null;
		if (own != null) {
			return own;
		}
		return (commit.signedYear() != null) ? PartialDate.ofYear(commit.signedYear()) : null;
	}

	private static @Nullable PartialDate parse(String text) {
		try {
			return PartialDate.parseOrNull(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private @Nullable GovernmentId government(PairCandidate candidate) {
		if (candidate.government() != null) {
			return new GovernmentId(candidate.government());
		}
		GovernmentId known = this.parties.get(candidate.key());
		if (known != null || candidate.geonameId() == null) {
			return known;
		}
		Place place = this.world.place(candidate.key()).orElse(null);
		if (place == null || !place.hasSubdivision()) {
			return null;
		}
		// a place registered before is a government candidate by now (the list is
		// reconciled again on commit), taken as it is: a curator may have corrected it
		GovernmentId id = this.gazetteer.register(null, this.world.governmentValues(place)).id();
		this.governmentsCreated++;
		this.parties.put(candidate.key(), id);
		return id;
	}

	private boolean registered(GovernmentId a, GovernmentId b, PairsCommit commit) {
		return this.agreements.list(AgreementCriteria.ofGovernment(a))
			.stream()
			.anyMatch(agreement -> agreement.hasParty(b) && agreement.values().type() == commit.type());
	}

	private static String pairKey(GovernmentId a, GovernmentId b) {
		return (a.value().compareTo(b.value()) <= 0) ? a.value() + "|" + b.value() : b.value() + "|" + a.value();
	}

}
