package org.twinningregistry.workflow.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryRepository extends JpaRepository<HistoryRecord, Long> {

	List<HistoryRecord> findByKindAndRecordIdOrderByIdAsc(String kind, String recordId);

}
