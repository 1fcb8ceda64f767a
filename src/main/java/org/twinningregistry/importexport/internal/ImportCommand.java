package org.twinningregistry.importexport.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.report.FileReport;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.upload.ImportTooLargeException;
import org.twinningregistry.importexport.upload.MalformedPackageException;

/**
 * The command-line import: when {@code registry.import.file} is set, imports that ZIP or
 * folder as the system curator, logs its progress every few seconds
 * ({@link ImportProgressLog}) and then the report, and ends the application with status 0
 * when the package was imported (or found valid in a dry run) and 1 when it was rejected
 * or unreadable.
 */
@Component
@ConditionalOnProperty("registry.import.file")
@EnableConfigurationProperties(ImportCommandSettings.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class ImportCommand implements ApplicationRunner {

	static final int IMPORTED = 0;

	static final int REJECTED = 1;

	private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

	private final DataPackageImporter importer;

	private final ImportCommandSettings settings;

	private final ConfigurableApplicationContext context;

	private final MessageSource messages;

	private final Clock clock;

	ImportCommand(DataPackageImporter importer, ImportCommandSettings settings, ConfigurableApplicationContext context,
			MessageSource messages, Clock clock) {
		this.importer = importer;
		this.settings = settings;
		this.context = context;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = execute(Path.of(String.valueOf(this.settings.file())), this.settings.dryRun());
		System.exit(SpringApplication.exit(this.context, () -> status));
	}

	/**
	 * Imports the package at the path.
	 * @return the exit status: {@link #IMPORTED} or {@link #REJECTED}
	 */
	int execute(Path path, boolean dryRun) {
		String what = "Import of " + path;
		try {
			Instant started = this.clock.instant();
			DataPackageFiles files = read(path);
			ImportOptions options = ImportOptions.of(dryRun).withProgress(new ImportProgressLog(log, what, this.clock));
			ImportReport report = SystemCurator.call(() -> this.importer.importPackage(files, options));
			ImportReportLog.write(log, what, report);
			long rows = report.files().stream().mapToLong(FileReport::rows).sum();
			long millis = Math.max(1, Duration.between(started, this.clock.instant()).toMillis());
			log.info("{}: {} rows done in {} ms ({} rows/s)", what, rows, millis, rows * 1000 / millis);
			return report.rejected() ? REJECTED : IMPORTED;
		}
		catch (MalformedPackageException ex) {
			log.error("{}: rejected: {}", what,
					this.messages.getMessage(ex.code(), ex.arguments(), ex.code(), Locale.ENGLISH));
			return REJECTED;
		}
		catch (ImportTooLargeException ex) {
			log.error("{}: rejected, nothing written: {}", what,
					this.messages.getMessage(ex.code(), ex.arguments(), ex.code(), Locale.ENGLISH));
			return REJECTED;
		}
		catch (IOException ex) {
			log.error("{}: cannot read {}: {}", what, path, ex.toString());
			return REJECTED;
		}
	}

	private static DataPackageFiles read(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			return DataPackageFiles.fromFolder(path);
		}
		if (!Files.isReadable(path)) {
			throw new NoSuchFileException(path.toString());
		}
		// read from disk as the import goes, never whole
		return DataPackageFiles.fromZipFile(path);
	}

}
