package org.twinningregistry.importexport.pairs;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.WorldGazetteer;
import org.twinningregistry.importexport.upload.ImportSettings;
import org.twinningregistry.importexport.upload.MalformedPackageException;

/**
 * Imports a pairs list (docs/import-export.md, "Pairs lists"): reconciles every row to
 * the registry's governments and the world gazetteer, and, when a curator commits,
 * creates the missing governments and the agreements in one transaction, never a
 * duplicate relationship. Both need a curator.
 */
@Service
public class PairsImport {

	private static final Logger log = LoggerFactory.getLogger(PairsImport.class);

	private final Gazetteer gazetteer;

	private final WorldGazetteer world;

	private final AgreementRegistry agreements;

	private final MessageSource messages;

	private final int listed;

	private volatile @Nullable CountryResolution countries;

	PairsImport(Gazetteer gazetteer, WorldGazetteer world, AgreementRegistry agreements, MessageSource messages,
			ImportSettings settings) {
		this.gazetteer = gazetteer;
		this.world = world;
		this.agreements = agreements;
		this.messages = messages;
		this.listed = settings.maxReportedPairs();
	}

	/**
	 * Reconciles a pairs list without writing anything.
	 * @param csv the list: {@code city1,country1,city2,country2} and optionally
	 * {@code signed}
	 * @param locale the language of the reasons
	 * @return counts of every row, and one entry per row for the first
	 * {@code registry.import.max-reported-pairs} rows
	 * @throws MalformedPackageException if it is not CSV or lacks a column
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('CURATOR')")
	public PairsReport reconcile(byte[] csv, Locale locale) {
		List<PairsRow> rows = reconciler().reconcile(PairsCsv.read(csv));
		PairsReport report = PairsReport.of(rows, this.listed, row -> explained(row, locale));
		log.info("Pairs list reconciled: {} rows, {} placed, {} ambiguous, {} duplicates, {} unplaced", report.rows(),
				report.placed(), report.ambiguous(), report.duplicates(), report.unplaced());
		return report;
	}

	/**
	 * Reconciles the list again and writes its placed and settled rows: the governments
	 * their world-gazetteer places need, and one agreement of the batch's type per pair
	 * that has none of that type yet. All or nothing.
	 * @return what was written and which lines were left out
	 */
	@Transactional
	@PreAuthorize("hasRole('CURATOR')")
	public PairsCommitted commit(byte[] csv, PairsCommit commit) {
		List<PairsRow> rows = reconciler().reconcile(PairsCsv.read(csv));
		PairsCommitted committed = new PairWriter(this.gazetteer, this.world, this.agreements).write(rows, commit);
		log.info("Pairs list committed: {} governments and {} agreements created, {} already registered, {} left out",
				committed.governmentsCreated(), committed.agreementsCreated(), committed.alreadyRegistered(),
				committed.notCommitted().size());
		return committed;
	}

	private PairReconciler reconciler() {
		CountryResolution resolution = this.countries;
		if (resolution == null) {
			resolution = new CountryResolution(this.gazetteer, this.world);
			this.countries = resolution;
		}
		RegistryIndex registry = new RegistryIndex(this.gazetteer);
		return new PairReconciler(resolution, new CandidateScoring(registry, this.world, resolution));
	}

	private PairsRow explained(PairsRow row, Locale locale) {
		if (row.reason() == null) {
			return row;
		}
		boolean first = row.reason().endsWith(".1");
		Object[] arguments = first ? new Object[] { row.city1(), row.country1() }
				: new Object[] { row.city2(), row.country2() };
		return row.withMessage(this.messages.getMessage(row.reason(), arguments, row.reason(), locale));
	}

}
