package org.twinningregistry.importexport.csv;

import org.springframework.stereotype.Component;

/**
 * The imports of the package's tables, in the order an import runs them: governments,
 * agreements, engagements, plans with their planned activities, then documents.
 */
@Component
public class TableImports {

	private final GovernmentCsvImport governments;

	private final AgreementCsvImport agreements;

	private final EngagementCsvImport engagements;

	private final PlanCsvImport plans;

	private final DocumentCsvImport documents;

	TableImports(GovernmentCsvImport governments, AgreementCsvImport agreements, EngagementCsvImport engagements,
			PlanCsvImport plans, DocumentCsvImport documents) {
		this.governments = governments;
		this.agreements = agreements;
		this.engagements = engagements;
		this.plans = plans;
		this.documents = documents;
	}

	public GovernmentCsvImport governments() {
		return this.governments;
	}

	public AgreementCsvImport agreements() {
		return this.agreements;
	}

	public EngagementCsvImport engagements() {
		return this.engagements;
	}

	public PlanCsvImport plans() {
		return this.plans;
	}

	public DocumentCsvImport documents() {
		return this.documents;
	}

}
