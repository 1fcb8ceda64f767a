package org.twinningregistry.strategy.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.strategy.ApplicableStrategy;
import org.twinningregistry.strategy.StrategyBook;

/**
 * The strategy module's sections of a government's handover brief (the continuity
 * module's page {@code "brief"}): what its twinning is for, the office that owns its
 * international relations, and the plans of its agreements with how far they were
 * fulfilled. Each is one fragment of {@code strategy/brief.html} and one read.
 */
@Configuration(proxyBeanMethods = false)
class StrategyBriefSections {

	/**
	 * The brief's page name ({@code HandoverBrief.PAGE}): spelled here because the
	 * continuity module depends on this one, not the other way.
	 */
	static final String BRIEF = "brief";

	@Bean
	PageSection strategyBriefStrategy(StrategyBook book) {
		return section(5, "strategy", (id, locale) -> book.applicable(new GovernmentId(id)));
	}

	@Bean
	PageSection strategyBriefOffice(StrategyBook book) {
		return section(6, "office", (id, locale) -> offices(book.applicable(new GovernmentId(id))));
	}

	@Bean
	PageSection strategyBriefPlans(GovernmentPlans plans) {
		return section(15, "plans", (id, locale) -> new BriefPlans(id, plans.of(new GovernmentId(id), locale)));
	}

	/**
	 * The brief's plans: whose brief it is (to tell its side's activities from its
	 * partner's) and the plans of its agreements.
	 */
	record BriefPlans(String government, List<GovernmentPlans.PlanLine> lines) {

	}

	/** The strategies that name an office, nearest first. */
	static List<ApplicableStrategy> offices(List<ApplicableStrategy> applicable) {
		return applicable.stream().filter(a -> a.strategy() != null && a.strategy().values().office() != null).toList();
	}

	private static PageSection section(int order, String fragment, BiFunction<String, Locale, Object> read) {
		return new PageSection() {

			@Override
			public String page() {
				return BRIEF;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public String fragment() {
				return "strategy/brief :: " + fragment;
			}

			@Override
			public Object model(String recordId, Locale locale) {
				return read.apply(recordId, locale);
			}

		};
	}

}
