package org.twinningregistry.importexport.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinningregistry.importexport.report.ImportReport;

/**
 * The import jobs of every instance, in the tables {@code import_job} and
 * {@code import_job_file}: each write is its own short transaction (never the import's),
 * so that every instance sees a job's state at once. A queued job is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so that two instances never take the same one;
 * heartbeats are compared in the database's time, so that instances' clocks may differ.
 */
@Component
public class ImportJobStore {

	private static final String COLUMNS = "id, owner, kind, dry_run, locale, status, rows_done, rows_total, "
			+ "submitted, started, finished, report, problem_code, problem";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ImportReportJson json;

	ImportJobStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, ImportReportJson json) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
	}

	/**
	 * Stores a new job and its files: queued, or already running on {@code instance} when
	 * that is not {@code null} (the submitting instance had a free worker).
	 */
	public void insert(ClaimedJob job, List<StoredFile> files, Instant now, @Nullable String instance) {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc
				.sql("INSERT INTO import_job (id, owner, kind, dry_run, locale, status, submitted, started, "
						+ "instance, heartbeat) VALUES (:id, :owner, :kind, :dryRun, :locale, :status, :now, :started, "
						+ ":instance, CASE WHEN :running THEN CURRENT_TIMESTAMP END)")
				.param("id", job.id().value())
				.param("owner", job.owner())
				.param("kind", job.kind().name())
				.param("dryRun", job.dryRun())
				.param("locale", job.locale().toLanguageTag())
				.param("status", ((instance != null) ? ImportJobStatus.RUNNING : ImportJobStatus.QUEUED).name())
				.param("now", time(now))
				.param("started", (instance != null) ? time(now) : null)
				.param("instance", instance)
				.param("running", instance != null)
				.update();
			for (int i = 0; i < files.size(); i++) {
				this.jdbc
					.sql("INSERT INTO import_job_file (job_id, ordinal, name, content) VALUES (:id, :ordinal, :name, "
							+ ":content)")
					.param("id", job.id().value())
					.param("ordinal", i)
					.param("name", files.get(i).name())
					.param("content", files.get(i).content())
					.update();
			}
		});
	}

	/** Jobs waiting for a worker, on any instance. */
	public long queued() {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE status = 'QUEUED'").query(Long.class).single();
	}

	/** The owner's job, as it stands. */
	public Optional<ImportJobSummary> find(ImportJobId id, String owner, Instant now) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id AND owner = :owner")
			.param("id", id.value())
			.param("owner", owner)
			.query((rs, row) -> summary(rs, now))
			.optional();
	}

	/**
	 * Takes the oldest queued job for {@code instance}, skipping any another instance is
	 * taking at the same moment.
	 */
	public Optional<ClaimedJob> claim(String instance, Instant now) {
		return this.transactions.execute(status -> {
			Optional<ClaimedJob> job = this.jdbc
				.sql("SELECT id, owner, kind, dry_run, locale FROM import_job WHERE status = 'QUEUED' "
						+ "ORDER BY submitted, id LIMIT 1 FOR UPDATE SKIP LOCKED")
				.query((rs, row) -> new ClaimedJob(new ImportJobId(rs.getString("id")), rs.getString("owner"),
						ImportJobKind.valueOf(rs.getString("kind")), rs.getBoolean("dry_run"),
						Locale.forLanguageTag(rs.getString("locale"))))
				.optional();
			job.ifPresent(claimed -> this.jdbc
				.sql("UPDATE import_job SET status = 'RUNNING', started = :now, instance = :instance, "
						+ "heartbeat = CURRENT_TIMESTAMP WHERE id = :id AND status = 'QUEUED'")
				.param("now", time(now))
				.param("instance", instance)
				.param("id", claimed.id().value())
				.update());
			return job;
		});
	}

	/** The files of a job, in the order they were uploaded. */
	public List<StoredFile> files(ImportJobId id) {
		return this.jdbc.sql("SELECT name, content FROM import_job_file WHERE job_id = :id ORDER BY ordinal")
			.param("id", id.value())
			.query((rs, row) -> new StoredFile(rs.getString("name"), rs.getBytes("content")))
			.list();
	}

	/**
	 * Writes a running job's progress and heartbeat.
	 * @return whether it should go on: false when it was cancelled, or is no longer this
	 * instance's to run (found lost by another instance)
	 */
	public boolean beat(ImportJobId id, String instance, long rowsDone, @Nullable Long rowsTotal) {
		Boolean goOn = this.transactions.execute(status -> {
			int updated = this.jdbc
				.sql("UPDATE import_job SET rows_done = :done, rows_total = :total, heartbeat = CURRENT_TIMESTAMP "
						+ "WHERE id = :id AND instance = :instance AND status = 'RUNNING'")
				.param("done", rowsDone)
				.param("total", rowsTotal)
				.param("id", id.value())
				.param("instance", instance)
				.update();
			return updated == 1 && !this.jdbc.sql("SELECT cancel_requested FROM import_job WHERE id = :id")
				.param("id", id.value())
				.query(Boolean.class)
				.single();
		});
		return Boolean.TRUE.equals(goOn);
	}

	/**
	 * Ends a job this instance ran, and forgets its files.
	 * @return false when it was no longer this instance's (found lost meanwhile)
	 */
	public boolean finish(ImportJobId id, String instance, Ending ending, Instant now) {
		Boolean finished = this.transactions.execute(status -> {
			int updated = this.jdbc
				.sql("UPDATE import_job SET status = :status, finished = :now, rows_done = :done, "
						+ "rows_total = :total, report = :report, problem_code = :code, problem = :problem "
						+ "WHERE id = :id AND instance = :instance AND status = 'RUNNING'")
				.param("status", ending.status().name())
				.param("now", time(now))
				.param("done", ending.rowsDone())
				.param("total", ending.rowsTotal())
				.param("report", (ending.report() != null) ? this.json.write(ending.report()) : null)
				.param("code", ending.problemCode())
				.param("problem", ending.problem())
				.param("id", id.value())
				.param("instance", instance)
				.update();
			deleteFiles(id);
			return updated == 1;
		});
		return Boolean.TRUE.equals(finished);
	}

	/**
	 * Cancels the owner's job: a queued one ends at once, a running one is flagged for
	 * the instance running it, which stops it at its next heartbeat.
	 */
	public void cancel(ImportJobId id, String owner, Instant now) {
		this.transactions.executeWithoutResult(status -> {
			int queued = this.jdbc
				.sql("UPDATE import_job SET status = 'CANCELLED', finished = :now "
						+ "WHERE id = :id AND owner = :owner AND status = 'QUEUED'")
				.param("now", time(now))
				.param("id", id.value())
				.param("owner", owner)
				.update();
			if (queued == 1) {
				deleteFiles(id);
				return;
			}
			this.jdbc
				.sql("UPDATE import_job SET cancel_requested = TRUE "
						+ "WHERE id = :id AND owner = :owner AND status = 'RUNNING'")
				.param("id", id.value())
				.param("owner", owner)
				.update();
		});
	}

	/**
	 * Running jobs whose last heartbeat is older than {@code bound}, in the database's
	 * time: their instance is gone.
	 */
	public List<ClaimedJob> lost(Duration bound) {
		return this.jdbc
			.sql("SELECT id, owner, kind, dry_run, locale FROM import_job WHERE status = 'RUNNING' "
					+ "AND heartbeat < :before")
			.param("before", databaseNow().minus(bound))
			.query((rs, row) -> new ClaimedJob(new ImportJobId(rs.getString("id")), rs.getString("owner"),
					ImportJobKind.valueOf(rs.getString("kind")), rs.getBoolean("dry_run"),
					Locale.forLanguageTag(rs.getString("locale"))))
			.list();
	}

	/**
	 * Marks a lost job failed, unless its heartbeat came back meanwhile.
	 * @return whether it was marked
	 */
	public boolean fail(ImportJobId id, Duration bound, String code, String problem, Instant now) {
		Boolean failed = this.transactions.execute(status -> {
			int updated = this.jdbc
				.sql("UPDATE import_job SET status = 'FAILED', finished = :now, problem_code = "
						+ ":code, problem = :problem WHERE id = :id AND status = 'RUNNING' AND heartbeat < :before")
				.param("now", time(now))
				.param("code", code)
				.param("problem", problem)
				.param("id", id.value())
				.param("before", databaseNow().minus(bound))
				.update();
			deleteFiles(id);
			return updated == 1;
		});
		return Boolean.TRUE.equals(failed);
	}

	/** Forgets the ended jobs beyond the {@code kept} most recent. */
	public int forget(int kept) {
		return this.jdbc
			.sql("DELETE FROM import_job WHERE status NOT IN ('QUEUED', 'RUNNING') AND id NOT IN "
					+ "(SELECT id FROM import_job WHERE status NOT IN ('QUEUED', 'RUNNING') "
					+ "ORDER BY finished DESC, id LIMIT :kept)")
			.param("kept", kept)
			.update();
	}

	private void deleteFiles(ImportJobId id) {
		this.jdbc.sql("DELETE FROM import_job_file WHERE job_id = :id").param("id", id.value()).update();
	}

	private OffsetDateTime databaseNow() {
		return this.jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single();
	}

	private ImportJobSummary summary(ResultSet rs, Instant now) throws SQLException {
		ImportJobStatus status = ImportJobStatus.valueOf(rs.getString("status"));
		Instant started = instant(rs, "started");
		Instant finished = instant(rs, "finished");
		long rowsTotal = rs.getLong("rows_total");
		Long total = rs.wasNull() ? null : rowsTotal;
		Instant to = (finished != null) ? finished : now;
		ImportPace pace = new ImportPace(rs.getLong("rows_done"), total,
				(started != null) ? Duration.between(started, to) : Duration.ZERO);
		String report = rs.getString("report");
		return new ImportJobSummary(new ImportJobId(rs.getString("id")), status, rs.getBoolean("dry_run"),
				pace.rowsDone(), total, pace.rowsPerSecond(), status.finished() ? null : pace.secondsLeft(),
				instant(rs, "submitted"), started, finished, (report != null) ? this.json.read(report) : null,
				rs.getString("problem_code"), rs.getString("problem"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime time(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * How a job ended.
	 *
	 * @param status its end
	 * @param rowsDone rows checked or written
	 * @param rowsTotal rows of the package, if known
	 * @param report the import's report, if it got one
	 * @param problemCode why it failed, if it failed
	 * @param problem the same in words
	 */
	public record Ending(ImportJobStatus status, long rowsDone, @Nullable Long rowsTotal, @Nullable ImportReport report,
			@Nullable String problemCode, @Nullable String problem) {

	}

}
