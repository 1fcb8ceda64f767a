package org.twinningregistry.partnerfinder.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Published partner requests by their id. */
public interface PartnerRequestRepository extends JpaRepository<PartnerRequest, String> {

	/** The requests still on the list on the day, the last modified first. */
	List<PartnerRequest> findByExpiresGreaterThanEqualOrderByModifiedDescIdAsc(LocalDate day);

	/** A government's requests still on the list on the day, the last modified first. */
	List<PartnerRequest> findByGovernmentAndExpiresGreaterThanEqualOrderByModifiedDescIdAsc(String government,
			LocalDate day);

	/** A government's published requests, expired ones too. */
	long countByGovernment(String government);

}
