package org.twinningregistry.workflow.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ConfirmationRepository extends JpaRepository<ConfirmationRecord, Long> {

	List<ConfirmationRecord> findByKindAndRecordIdOrderByIdAsc(String kind, String recordId);

	boolean existsByKindAndRecordIdAndGovernment(String kind, String recordId, String government);

	@Modifying
	@Query("delete from ConfirmationRecord c where c.kind = ?1 and c.recordId = ?2")
	int clear(String kind, String recordId);

}
