package org.twinningregistry.document.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.document.DocumentArchive;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.shared.PageSection;

/** The documents sections this module adds to the agreement and engagement pages. */
@Configuration(proxyBeanMethods = false)
class DocumentSections {

	@Bean
	PageSection agreementDocumentsSection(DocumentArchive archive) {
		return new DocumentSection("agreement", id -> AgreementRegistry.ref(new AgreementId(id)), archive);
	}

	@Bean
	PageSection engagementDocumentsSection(DocumentArchive archive) {
		return new DocumentSection("engagement", id -> EngagementLog.ref(new EngagementId(id)), archive);
	}

}
