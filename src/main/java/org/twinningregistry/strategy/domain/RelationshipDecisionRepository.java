package org.twinningregistry.strategy.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Decisions about dormant relationships, newest first. */
public interface RelationshipDecisionRepository extends JpaRepository<RelationshipDecision, Long> {

	List<RelationshipDecision> findByGovernmentOrderByDecidedAtDescIdDesc(String government);

	List<RelationshipDecision> findByGovernmentInOrderByDecidedAtDescIdDesc(Collection<String> governments);

}
