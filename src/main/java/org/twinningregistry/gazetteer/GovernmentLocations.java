package org.twinningregistry.gazetteer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinningregistry.gazetteer.domain.Government;
import org.twinningregistry.gazetteer.domain.GovernmentRepository;

/**
 * Once the world gazetteer is open, gives the governments written without coordinates
 * before it was (the demo data of a first start, an import while the index was being
 * built, a registry older than the gazetteer) their place's, as {@link Gazetteer} does
 * for every write since. Idempotent: another instance doing the same at once loses an
 * optimistic-lock race at worst, and its government is then complete already.
 */
@Component
class GovernmentLocations {

	private static final Logger log = LoggerFactory.getLogger(GovernmentLocations.class);

	private final GovernmentRepository governments;

	private final GovernmentPlaces places;

	private final TransactionTemplate transactions;

	GovernmentLocations(GovernmentRepository governments, GovernmentPlaces places, TransactionTemplate transactions) {
		this.governments = governments;
		this.places = places;
		this.transactions = transactions;
	}

	@EventListener(WorldGazetteerOpened.class)
	void complete() {
		try {
			Integer located = this.transactions.execute(status -> {
				int count = 0;
				for (Government government : this.governments.findByLatitudeIsNullOrderById()) {
					GovernmentValues completed = this.places.completed(government.values());
					if (completed.latitude() != null && government.apply(completed)) {
						count++;
					}
				}
				return count;
			});
			log.info("World gazetteer: {} governments located", located);
		}
		catch (OptimisticLockingFailureException ex) {
			log.info("World gazetteer: governments located by another instance meanwhile ({})", ex.getMessage());
		}
	}

}
