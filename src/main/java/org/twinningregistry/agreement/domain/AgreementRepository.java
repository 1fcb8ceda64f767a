package org.twinningregistry.agreement.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Agreements by id, with specification queries for the filtered list. */
public interface AgreementRepository extends JpaRepository<Agreement, String>, JpaSpecificationExecutor<Agreement> {

	@Query("select a from Agreement a where a.partyA = ?1 or a.partyB = ?1")
	List<Agreement> findByParty(String government);

	@Query("select count(a) from Agreement a where a.partyA = ?1 or a.partyB = ?1")
	long countByParty(String government);

	List<Agreement> findBySupersedes(String superseded);

	@Query("select min(a.signedOn) from Agreement a where a.supersedes = ?1")
	java.time.@org.jspecify.annotations.Nullable LocalDate firstSupersedingSignedOn(String superseded);

	List<Agreement> findBySupersedesIn(java.util.Collection<String> superseded);

}
