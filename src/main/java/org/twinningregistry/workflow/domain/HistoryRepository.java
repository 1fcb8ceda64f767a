package org.twinningregistry.workflow.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryRepository extends JpaRepository<HistoryRecord, Long> {

	/**
	 * A record's entries, oldest first (by time: an import's creation kept when the
	 * record is deleted is written after later entries, with the import's time).
	 */
	List<HistoryRecord> findByKindAndRecordIdOrderByAtAscIdAsc(String kind, String recordId);

}
