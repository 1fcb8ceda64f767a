package org.twinningregistry.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.domain.Agreement;
import org.twinningregistry.agreement.domain.AgreementRepository;

/**
 * Keeps on each superseded agreement when the first agreement superseding it was signed,
 * the fact {@link CurrentAgreementRule#SQL} reads: for one agreement written, or for a
 * bulk write's batch, in one query either way.
 */
@Component
class Supersession {

	private final AgreementRepository agreements;

	Supersession(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	/**
	 * Refreshes the fact on the named agreements, after the pending writes are flushed. A
	 * change there is a change of that agreement.
	 * @param superseded ids of agreements whose superseding agreements may have changed
	 * @param known agreements already loaded, by id (the others are read)
	 */
	void refresh(Collection<String> superseded, Map<String, Agreement> known) {
		this.agreements.flush();
		if (superseded.isEmpty()) {
			return;
		}
		Map<String, Agreement> loaded = new HashMap<>(known);
		List<String> missing = superseded.stream().filter(id -> !loaded.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			this.agreements.findAllById(missing).forEach(a -> loaded.put(a.id().value(), a));
		}
		Map<String, LocalDate> first = new HashMap<>();
		for (Object[] row : this.agreements.firstSupersedingSignedOn(superseded)) {
			first.put((String) row[0], (LocalDate) row[1]);
		}
		for (String id : superseded) {
			Agreement agreement = loaded.get(id);
			if (agreement != null) {
				agreement.supersededOn(first.get(id));
			}
		}
	}

}
