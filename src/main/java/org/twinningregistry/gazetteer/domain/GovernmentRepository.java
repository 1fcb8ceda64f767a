package org.twinningregistry.gazetteer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Governments by id, with specification queries for the filtered list. */
public interface GovernmentRepository extends JpaRepository<Government, String>, JpaSpecificationExecutor<Government> {

	long countByParent(String parent);

	java.util.List<Government> findByWikidataOrderById(String wikidata);

	java.util.Optional<Government> findFirstByGeonamesOrderById(long geonames);

	/** The governments without coordinates, to complete from the world gazetteer. */
	java.util.List<Government> findByLatitudeIsNullOrderById();

}
