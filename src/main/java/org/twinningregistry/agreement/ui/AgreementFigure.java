package org.twinningregistry.agreement.ui;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.shared.HeadlineFigure;

/** The number of agreements, on the home page. */
@Component
class AgreementFigure implements HeadlineFigure {

	private final AgreementRegistry registry;

	AgreementFigure(AgreementRegistry registry) {
		this.registry = registry;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String labelKey() {
		return "agreement.figure.label";
	}

	@Override
	public String link() {
		return "/agreements";
	}

	@Override
	public long count() {
		return this.registry.count();
	}

}
