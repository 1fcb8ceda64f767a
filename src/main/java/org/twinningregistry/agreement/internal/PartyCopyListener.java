package org.twinningregistry.agreement.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.GovernmentChanged;

/**
 * Keeps the party facts copied into agreements in step with the gazetteer. Idempotent.
 */
@Component
class PartyCopyListener {

	private final AgreementRegistry registry;

	PartyCopyListener(AgreementRegistry registry) {
		this.registry = registry;
	}

	@ApplicationModuleListener
	void on(GovernmentChanged event) {
		this.registry.refreshParty(event.government());
	}

}
