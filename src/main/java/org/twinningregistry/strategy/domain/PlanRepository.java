package org.twinningregistry.strategy.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Published plans by id and by agreement. */
public interface PlanRepository extends JpaRepository<Plan, String> {

	List<Plan> findByAgreementOrderByFromYearAscIdAsc(String agreement);

	List<Plan> findByAgreementInOrderByAgreementAscFromYearAsc(Collection<String> agreements);

	long countByAgreement(String agreement);

}
