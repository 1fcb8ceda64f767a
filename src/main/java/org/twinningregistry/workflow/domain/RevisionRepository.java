package org.twinningregistry.workflow.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.twinningregistry.workflow.RevisionState;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

	Optional<Revision> findByKindAndRecordId(String kind, String recordId);

	List<Revision> findByStateInOrderByUpdatedAtAsc(List<RevisionState> states);

	boolean existsByKindAndRecordId(String kind, String recordId);

	List<Revision> findByKindOrderByRecordId(String kind);

}
