package org.twinningregistry.strategy.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Published strategies by their government's id. */
public interface StrategyRepository extends JpaRepository<Strategy, String> {

}
