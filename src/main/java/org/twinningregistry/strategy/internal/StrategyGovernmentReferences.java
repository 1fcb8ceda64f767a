package org.twinningregistry.strategy.internal;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentReferences;
import org.twinningregistry.strategy.StrategyBook;

/**
 * Tells the gazetteer whether a government holds a strategy, published or drafted, so
 * that it is not deleted under it.
 */
@Component
class StrategyGovernmentReferences implements GovernmentReferences {

	private final StrategyBook book;

	StrategyGovernmentReferences(StrategyBook book) {
		this.book = book;
	}

	@Override
	public long countReferencesTo(GovernmentId government) {
		return this.book.exists(government) ? 1 : 0;
	}

	@Override
	public String kindKey() {
		return "kind.strategies";
	}

}
