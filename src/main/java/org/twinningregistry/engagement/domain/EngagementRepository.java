package org.twinningregistry.engagement.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Engagements by id, with specification queries for the filtered list. */
public interface EngagementRepository extends JpaRepository<Engagement, String>, JpaSpecificationExecutor<Engagement> {

	long countByAgreement(String agreement);

}
