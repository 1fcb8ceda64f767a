package org.twinningregistry.partnerfinder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.twinningregistry.RegistryDatabase;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.importexport.pairs.PairsCommit;
import org.twinningregistry.importexport.pairs.PairsCommitted;
import org.twinningregistry.importexport.pairs.PairsImport;
import org.twinningregistry.partnerfinder.internal.Asker;
import org.twinningregistry.partnerfinder.internal.Candidate;
import org.twinningregistry.partnerfinder.internal.ScoredCandidate;
import org.twinningregistry.partnerfinder.internal.SuggestionEngine;
import org.twinningregistry.partnerfinder.internal.SuggestionScoring;
import org.twinningregistry.partnerfinder.internal.SuggestionWeights;
import org.twinningregistry.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner finder's offline evaluation (docs/benchmarks.md, "Partner finder (issue
 * 13)"); not part of the test suite (its name does not end in Tests), run by
 * {@code benchmarks/partner_finder_evaluation.sh}. It builds the registry from the
 * shipped sample of Wikipedia's pairs list, hides a seeded random fifth of the
 * relationships (deleting them, and the governments left with no tie but the askers,
 * which become world-gazetteer places again), asks the finder for each hidden tie's
 * second party with the first party's country, and reports recall@5, recall@20 and the
 * mean reciprocal rank of the first party, against baselines ranking the same candidates:
 * by population similarity alone, at random, and by population similarity among registry
 * governments only. With {@code -Dpartnerfinder.tune=true} it also scores a grid of
 * weights on the same hidden ties (tune on one seed, report on another).
 */
@SpringBootTest
class PartnerFinderEvaluation {

	private static final Logger log = LoggerFactory.getLogger(PartnerFinderEvaluation.class);

	private static final int[] AT = { 5, 20 };

	@Autowired
	private PairsImport pairs;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SuggestionEngine engine;

	@Autowired
	private Clock clock;

	@Test
	void evaluate() throws IOException {
		long seed = Long.getLong("partnerfinder.seed", 2L);
		// given: the registry of the pairs list, a fifth of its relationships hidden
		RegistryDatabase.clear(this.jdbc);
		String csv = new ClassPathResource("pairs/wikipedia-pairs-sample.csv")
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		int committed = commit(lines.get(0), lines.subList(1, lines.size()));
		List<Tie> ties = ties();
		Collections.shuffle(ties, new Random(seed));
		List<Tie> hidden = new ArrayList<>(ties.subList(0, ties.size() / 5));
		Map<String, Long> geonames = new HashMap<>();
		this.jdbc.sql("SELECT id, geonames FROM government WHERE geonames IS NOT NULL")
			.query((rs, n) -> geonames.put(rs.getString(1), rs.getLong(2)))
			.list();
		hide(hidden);
		Set<String> registered = new HashSet<>(this.jdbc.sql("SELECT id FROM government").query(String.class).list());
		// when: each hidden tie's second party asks for partners in the first's country
		LocalDate day = LocalDate.now(this.clock);
		List<Question> questions = new ArrayList<>();
		for (Tie tie : hidden) {
			Asker asker = this.engine.asker(new GovernmentId(tie.second()), day);
			List<Candidate> candidates = this.engine.candidates(asker, tie.firstCountry(), null, day);
			questions
				.add(new Question(tie, registered.contains(tie.first()), geonames.get(tie.first()), asker, candidates));
		}
		// then
		Map<String, Function<Question, List<Candidate>>> rankings = new LinkedHashMap<>();
		rankings.put("finder", q -> finder(q, SuggestionWeights.DEFAULT));
		rankings.put("population similarity", PartnerFinderEvaluation::bySize);
		rankings.put("random", q -> random(q, seed));
		rankings.put("population similarity, registry only",
				q -> bySize(q).stream().filter(Candidate::registered).toList());
		StringBuilder report = new StringBuilder();
		report.append("Seed ")
			.append(seed)
			.append(": ")
			.append(committed)
			.append(" relationships from the sample, ")
			.append(hidden.size())
			.append(" hidden; ")
			.append(questions.stream().filter(Question::targetRegistered).count())
			.append(" of their first parties still registry governments, ")
			.append(questions.stream().filter(q -> !q.targetRegistered() && q.targetGeonames() != null).count())
			.append(" world-gazetteer places again; the first party is among the candidates for ")
			.append(questions.stream().filter(q -> rank(q, q.candidates()) > 0).count())
			.append("; candidates per question: median ")
			.append(median(questions.stream().map(q -> q.candidates().size()).toList()))
			.append("\n\n| ranking | recall@5 | recall@20 | MRR |\n|---|---|---|---|\n");
		Map<String, double[]> figures = new LinkedHashMap<>();
		rankings.forEach((name, ranking) -> {
			double[] f = measure(questions, ranking);
			figures.put(name, f);
			report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", name, f[0], f[1], f[2]));
		});
		if (Boolean.getBoolean("partnerfinder.tune")) {
			report.append("\n").append(tune(questions));
		}
		Path out = Path.of("target", "partner-finder-evaluation-seed-" + seed + ".md");
		Files.writeString(out, report, StandardCharsets.UTF_8);
		log.info("Partner finder evaluation (written to {}):\n{}", out, report);
		System.err.println(report); // the runner's console: the one report of the run
		assertThat(questions).isNotEmpty();
	}

	/**
	 * Commits the rows in batches; a batch the registry refuses (all or nothing) is split
	 * until the rows it refuses are found, which are left out and logged.
	 * @return the agreements created
	 */
	private int commit(String header, List<String> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		if (rows.size() > 200) {
			int half = rows.size() / 2;
			return commit(header, rows.subList(0, half)) + commit(header, rows.subList(half, rows.size()));
		}
		byte[] csv = (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
		try {
			PairsCommitted committed = SystemCurator
				.call(() -> this.pairs.commit(csv, new PairsCommit(AgreementType.SISTER, 2000, Map.of())));
			return committed.agreementsCreated();
		}
		catch (RuleViolationException ex) {
			if (rows.size() == 1) {
				log.warn("Pairs row refused, left out: {} ({})", rows.get(0), ex.violations());
				return 0;
			}
			int half = rows.size() / 2;
			return commit(header, rows.subList(0, half)) + commit(header, rows.subList(half, rows.size()));
		}
	}

	/** Every current relationship of the registry, as its agreement's two parties. */
	private List<Tie> ties() {
		return new ArrayList<>(this.jdbc.sql("SELECT id, party_a, party_b, party_a_country FROM agreement ORDER BY id")
			.query((rs, n) -> new Tie(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list());
	}

	/**
	 * Deletes the hidden agreements, then the governments left without a tie (a registry
	 * built without the hidden rows would not hold them) except the askers.
	 */
	private void hide(List<Tie> hidden) {
		for (Tie tie : hidden) {
			this.jdbc.sql("DELETE FROM agreement WHERE id = :id").param("id", tie.agreement()).update();
		}
		Set<String> askers = new HashSet<>(hidden.stream().map(Tie::second).toList());
		List<String> untied = this.jdbc
			.sql("SELECT g.id FROM government g WHERE NOT EXISTS (SELECT 1 FROM agreement a"
					+ " WHERE a.party_a = g.id OR a.party_b = g.id)")
			.query(String.class)
			.list();
		this.jdbc.sql("UPDATE government SET parent_id = NULL").update();
		for (String id : untied) {
			if (!askers.contains(id)) {
				this.jdbc.sql("DELETE FROM government WHERE id = :id").param("id", id).update();
			}
		}
	}

	private static List<Candidate> finder(Question q, SuggestionWeights weights) {
		SuggestionScoring scoring = new SuggestionScoring(weights);
		return q.candidates()
			.stream()
			.map(c -> scoring.score(q.asker(), c))
			.sorted(PartnerSuggestions.BEST_FIRST)
			.map(ScoredCandidate::candidate)
			.toList();
	}

	/** By the distance of the log of the populations; unknown populations last. */
	private static List<Candidate> bySize(Question q) {
		Long own = q.asker().population();
		Comparator<Candidate> distance = Comparator
			.comparingDouble(c -> (own == null || own <= 0 || c.population() == null || c.population() <= 0)
					? Double.MAX_VALUE : Math.abs(Math.log((double) c.population() / own)));
		return q.candidates().stream().sorted(distance.thenComparing(Candidate::name)).toList();
	}

	private static List<Candidate> random(Question q, long seed) {
		List<Candidate> shuffled = new ArrayList<>(q.candidates());
		Collections.shuffle(shuffled, new Random(seed * 31 + q.tie().agreement().hashCode()));
		return shuffled;
	}

	/** Recall at each of {@link #AT}, then the mean reciprocal rank. */
	private static double[] measure(List<Question> questions, Function<Question, List<Candidate>> ranking) {
		double[] sums = new double[AT.length + 1];
		for (Question q : questions) {
			int rank = rank(q, ranking.apply(q));
			for (int i = 0; i < AT.length; i++) {
				sums[i] += (rank > 0 && rank <= AT[i]) ? 1 : 0;
			}
			sums[AT.length] += (rank > 0) ? 1.0 / rank : 0;
		}
		for (int i = 0; i < sums.length; i++) {
			sums[i] /= questions.size();
		}
		return sums;
	}

	/** The first party's rank among the candidates, from 1; 0 if it is not among them. */
	private static int rank(Question q, List<Candidate> ranked) {
		for (int i = 0; i < ranked.size(); i++) {
			Candidate c = ranked.get(i);
			boolean same = q.targetRegistered() ? q.tie().first().equals(c.government())
					: q.targetGeonames() != null && q.targetGeonames().equals(c.geonameId());
			if (same) {
				return i + 1;
			}
		}
		return 0;
	}

	/** A grid of weights around the defaults, best recall@20 first. */
	private static String tune(List<Question> questions) {
		record Tried(SuggestionWeights weights, double[] figures) {
		}
		List<Tried> tried = new ArrayList<>();
		SuggestionWeights d = SuggestionWeights.DEFAULT;
		for (double foreign : new double[] { 0.5, 1.5, 3 }) {
			for (double country : new double[] { 0.5, 1.5 }) {
				for (double network : new double[] { 1.5, 3 }) {
					for (double province : new double[] { 1, 2, 4 }) {
						for (double countryProvince : new double[] { 0, 1, 2, 4 }) {
							for (double size : new double[] { 1, 2, 3 }) {
								for (double unregistered : new double[] { 0.5, 1, 2 }) {
									SuggestionWeights w = new SuggestionWeights(d.sharedPurpose(), d.seeking(), size,
											d.sizeSpread(), d.level(), foreign, country, d.activeTies(), network,
											province, countryProvince, d.dormant(), unregistered);
									tried.add(new Tried(w, measure(questions, q -> finder(q, w))));
								}
							}
						}
					}
				}
			}
		}
		tried.sort(Comparator.comparingDouble((Tried t) -> -t.figures()[1]).thenComparing(t -> -t.figures()[2]));
		StringBuilder text = new StringBuilder("Tuning grid, best 10 of " + tried.size() + " by recall@20:\n");
		tried.stream()
			.limit(10)
			.forEach(t -> text.append(String.format(Locale.ROOT, "%.3f %.3f %.3f %s%n", t.figures()[0], t.figures()[1],
					t.figures()[2], t.weights())));
		return text.toString();
	}

	private static int median(List<Integer> values) {
		List<Integer> sorted = values.stream().sorted().toList();
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
	}

	/** A relationship: its agreement, first and second party, the first's country. */
	record Tie(String agreement, String first, String second, String firstCountry) {
	}

	/** A hidden tie asked about, with the asker's candidates. */
	record Question(Tie tie, boolean targetRegistered, @Nullable Long targetGeonames, Asker asker,
			List<Candidate> candidates) {
	}

}
