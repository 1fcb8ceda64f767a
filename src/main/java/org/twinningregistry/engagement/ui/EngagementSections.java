package org.twinningregistry.engagement.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementCriteria;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PageSection;

/** The engagement timelines this module adds to the agreement and government pages. */
@Configuration(proxyBeanMethods = false)
class EngagementSections {

	@Bean
	PageSection agreementEngagements(EngagementLog log, AgreementRegistry registry) {
		return new EngagementTimeline("agreement", id -> EngagementCriteria.ofAgreement(new AgreementId(id)), log,
				registry);
	}

	@Bean
	PageSection governmentEngagements(EngagementLog log, AgreementRegistry registry) {
		return new EngagementTimeline("government", id -> EngagementCriteria.ofGovernment(new GovernmentId(id)), log,
				registry);
	}

}
