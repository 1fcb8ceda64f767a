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

	/**
	 * When the first agreement superseding each of the agreements was signed: pairs of
	 * superseded id and first day, for those superseded at all.
	 */
	@Query("select a.supersedes, min(a.signedOn) from Agreement a where a.supersedes in ?1 group by a.supersedes")
	List<Object[]> firstSupersedingSignedOn(java.util.Collection<String> superseded);

	/** The parties (A, B) of every agreement that names one of the governments. */
	@Query("select a.partyA, a.partyB from Agreement a where a.partyA in ?1 or a.partyB in ?1")
	List<Object[]> findPartiesAmong(java.util.Collection<String> governments);

	List<Agreement> findBySupersedesIn(java.util.Collection<String> superseded);

}
