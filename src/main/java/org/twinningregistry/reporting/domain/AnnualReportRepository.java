package org.twinningregistry.reporting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The annual reports. */
public interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

	Optional<AnnualReport> findByGovernmentAndYear(String government, int year);

	List<AnnualReport> findByYearOrderByGovernment(int year);

	List<AnnualReport> findByGovernmentAndYearIn(String government, Collection<Integer> years);

}
