package org.twinningregistry.partnerfinder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentNames;
import org.twinningregistry.partnerfinder.internal.Asker;
import org.twinningregistry.partnerfinder.internal.Candidate;
import org.twinningregistry.partnerfinder.internal.ScorePart;
import org.twinningregistry.partnerfinder.internal.ScoredCandidate;
import org.twinningregistry.partnerfinder.internal.SuggestionEngine;
import org.twinningregistry.partnerfinder.internal.SuggestionScoring;
import org.twinningregistry.partnerfinder.internal.SuggestionWeights;
import org.twinningregistry.partnerfinder.internal.TieFigures;
import org.twinningregistry.shared.BadRequestException;
import org.twinningregistry.shared.Category;

/**
 * Partner suggestions that explain themselves: for a government, the registry's
 * governments and the world gazetteer's places that would make good partners, best first,
 * each with every component of its score in numbers and words. Reads are public.
 */
@Service
public class PartnerSuggestions {

	/** Best first; at equal scores registry governments, then the more populous. */
	static final Comparator<ScoredCandidate> BEST_FIRST = Comparator
		.comparingDouble((ScoredCandidate scored) -> -scored.score())
		.thenComparing(scored -> !scored.candidate().registered())
		.thenComparingLong(scored -> -populationOf(scored.candidate()))
		.thenComparing(scored -> scored.candidate().name());

	private final SuggestionEngine engine;

	private final Gazetteer gazetteer;

	private final MessageSource messages;

	private final Clock clock;

	PartnerSuggestions(SuggestionEngine engine, Gazetteer gazetteer, MessageSource messages, Clock clock) {
		this.engine = engine;
		this.gazetteer = gazetteer;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The best partners for the government, best first: never the government itself, a
	 * national government or a current partner of it; with a country, only candidates of
	 * that country (registry governments and the country's most populous gazetteer places
	 * not in the registry); with a purpose, only candidates that name it (in a strategy
	 * or a request for partners). Reasons are in the locale's language.
	 * @return at most {@code query.limit()} suggestions; empty when there is no candidate
	 * @throws org.twinningregistry.shared.NotFoundException if there is no such
	 * government
	 * @throws BadRequestException if the country is not an ISO 3166-1 code
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggest(GovernmentId government, SuggestionQuery query, Locale locale) {
		if (query.country() != null && !this.gazetteer.isCountry(query.country())) {
			throw new BadRequestException("country", "rule.country.unknown", query.country());
		}
		LocalDate day = LocalDate.now(this.clock);
		Asker asker = this.engine.asker(government, day);
		SuggestionScoring scoring = new SuggestionScoring(SuggestionWeights.DEFAULT);
		List<Candidate> contenders = contenders(asker,
				this.engine.candidatesWithoutActivity(asker, query.country(), query.purpose(), day), query.limit(),
				scoring);
		return this.engine.withActivity(contenders, day)
			.stream()
			.map(candidate -> scoring.score(asker, candidate))
			.sorted(BEST_FIRST)
			.limit(query.limit())
			.map(scored -> suggestion(scored, locale))
			.toList();
	}

	/**
	 * The candidates that can be among the best {@code limit} whatever their ties'
	 * activity: scored at the worst (no tie active) and at the best (every tie active),
	 * those whose best reaches the {@code limit}-th worst score. Reading activity, the
	 * costliest figure, for these only keeps the answer exact.
	 */
	private static List<Candidate> contenders(Asker asker, List<Candidate> candidates, int limit,
			SuggestionScoring scoring) {
		List<Double> worst = candidates.stream()
			.map(c -> scoring.score(asker, c).score())
			.sorted(Comparator.reverseOrder())
			.toList();
		if (worst.size() <= limit) {
			return candidates;
		}
		double bar = worst.get(limit - 1);
		return candidates.stream().filter(c -> scoring.score(asker, allActive(c)).score() >= bar).toList();
	}

	private static Candidate allActive(Candidate c) {
		TieFigures t = c.ties();
		return new Candidate(c.government(), c.geonameId(), c.name(), c.nameFr(), c.country(), c.subdivision(),
				c.level(), c.population(), c.strategyPurposes(), c.requests(),
				new TieFigures(t.current(), t.foreign(), t.withAskerCountry(), t.current()), c.partnersOfPartners(),
				c.provinceTies(), c.countryProvinceTies());
	}

	private Suggestion suggestion(ScoredCandidate scored, Locale locale) {
		Candidate c = scored.candidate();
		SuggestedCandidate candidate = new SuggestedCandidate(
				(c.government() != null) ? new GovernmentId(c.government()) : null, c.geonameId(),
				GovernmentNames.inLanguage(c.name(), c.nameFr(), locale), c.country(), c.subdivision(), c.level(),
				c.population());
		List<SuggestionReason> reasons = scored.parts()
			.stream()
			.map(part -> new SuggestionReason(part.component(), part.points(), sentence(part, locale)))
			.toList();
		return new Suggestion(scored.score(), candidate, reasons);
	}

	private String sentence(ScorePart part, Locale locale) {
		Object[] arguments = part.arguments().stream().map(argument -> named(argument, locale)).toArray();
		return this.messages.getMessage(part.code(), arguments, locale);
	}

	/** Purposes by their names in the language; anything else as it is. */
	private Object named(Object argument, Locale locale) {
		if (argument instanceof Collection<?> purposes) {
			return purposes.stream()
				.map(purpose -> this.messages.getMessage("enum.Category." + ((Category) purpose).name(), null, locale))
				.collect(Collectors.joining(", "));
		}
		return argument;
	}

	private static long populationOf(Candidate candidate) {
		return (candidate.population() != null) ? candidate.population() : 0;
	}

}
