package org.twinningregistry.gazetteer.ui;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.shared.HeadlineFigure;

/** The number of governments, on the home page. */
@Component
class GovernmentFigure implements HeadlineFigure {

	private final Gazetteer gazetteer;

	GovernmentFigure(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String labelKey() {
		return "gazetteer.figure.label";
	}

	@Override
	public String link() {
		return "/governments";
	}

	@Override
	public long count() {
		return this.gazetteer.count();
	}

}
