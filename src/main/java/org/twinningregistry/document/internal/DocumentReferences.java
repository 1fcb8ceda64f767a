package org.twinningregistry.document.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementReferences;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.document.domain.DocumentRepository;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementReferences;

/**
 * Tells the agreement registry and the engagement log how many documents hang under a
 * record, so that neither deletes a record whose documents would be left without it:
 * remove the documents first.
 */
@Configuration(proxyBeanMethods = false)
class DocumentReferences {

	@Bean
	AgreementReferences agreementDocumentReferences(DocumentRepository documents) {
		return new AgreementReferences() {

			@Override
			public long countReferencesTo(AgreementId agreement) {
				return documents.countByRecordKindAndRecordId(AgreementRegistry.RECORDS.key(), agreement.value());
			}

			@Override
			public String kindKey() {
				return "kind.documents";
			}

		};
	}

	@Bean
	EngagementReferences engagementDocumentReferences(DocumentRepository documents) {
		return new EngagementReferences() {

			@Override
			public long countReferencesTo(EngagementId engagement) {
				return documents.countByRecordKindAndRecordId(EngagementLog.RECORDS.key(), engagement.value());
			}

			@Override
			public String kindKey() {
				return "kind.documents";
			}

		};
	}

}
