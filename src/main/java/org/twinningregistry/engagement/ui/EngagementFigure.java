package org.twinningregistry.engagement.ui;

import org.springframework.stereotype.Component;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.shared.HeadlineFigure;

/** The number of engagements, on the home page. */
@Component
class EngagementFigure implements HeadlineFigure {

	private final EngagementLog log;

	EngagementFigure(EngagementLog log) {
		this.log = log;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String labelKey() {
		return "engagement.figure.label";
	}

	@Override
	public String link() {
		return "/engagements";
	}

	@Override
	public long count() {
		return this.log.count();
	}

}
