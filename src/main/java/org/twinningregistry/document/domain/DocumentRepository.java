package org.twinningregistry.document.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Documents by id and by the record they are attached to. */
public interface DocumentRepository extends JpaRepository<Document, String> {

	List<Document> findByRecordKindAndRecordIdOrderByAddedAtAscIdAsc(String recordKind, String recordId);

	List<Document> findByRecordKindAndRecordIdInOrderByAddedAtAscIdAsc(String recordKind, Collection<String> recordIds);

	long countByRecordKindAndRecordId(String recordKind, String recordId);

	/** Every document's id, in order. */
	@Query("select d.id from Document d order by d.id")
	List<String> findAllIds();

}
