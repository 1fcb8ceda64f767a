package org.twinningregistry.importexport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.twinningregistry.account.SystemCurator;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.importexport.upload.DataPackageFiles;
import org.twinningregistry.importexport.DataPackageImporter;
import org.twinningregistry.importexport.ImportOptions;
import org.twinningregistry.importexport.report.ImportReport;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.TableSchema;

/**
 * Loads the demo data package shipped in {@code classpath:demo/} (the Canada–Korea
 * agreements in force in 2019) through the importer, as the system curator, when the
 * registry is empty and {@code registry.demo-data} is on. Unset, the setting is on for
 * the embedded H2 database only. Runs after the account bootstrap, and not at all for a
 * command-line import. Instances starting together on one database take a lock for it
 * first, so that one loads the package and the others find it loaded (or the lock taken).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class DemoDataLoader implements ApplicationRunner {

	static final String SETTING = "registry.demo-data";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DataPackageImporter importer;

	private final Gazetteer gazetteer;

	private final Environment environment;

	private final LockProvider locks;

	DemoDataLoader(DataPackageImporter importer, Gazetteer gazetteer, Environment environment, LockProvider locks) {
		this.importer = importer;
		this.gazetteer = gazetteer;
		this.environment = environment;
		this.locks = locks;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!isEnabled() || this.environment.containsProperty("registry.import.file")) {
			return;
		}
		Optional<SimpleLock> lock = this.locks
			.lock(new LockConfiguration(Instant.now(), "demo-data", Duration.ofMinutes(10), Duration.ZERO));
		if (lock.isEmpty()) {
			log.info("Another instance is loading the demo data package");
			return;
		}
		try {
			if (this.gazetteer.count() > 0) {
				log.debug("The registry holds data: the demo data package is not loaded");
				return;
			}
			load();
		}
		finally {
			lock.get().unlock();
		}
	}

	/** Imports the demo package and logs what it loaded. */
	ImportReport load() throws IOException {
		ImportReport report = SystemCurator
			.call(() -> this.importer.importPackage(demoFiles(), ImportOptions.of(false)));
		if (report.rejected()) {
			ImportReportLog.write(log, "Demo data package", report);
		}
		else {
			log.info("Loaded the demo data package (Canada–Korea twinning agreements): {}", report.files());
		}
		return report;
	}

	boolean isEnabled() {
		Boolean setting = this.environment.getProperty(SETTING, Boolean.class);
		if (setting != null) {
			return setting;
		}
		return this.environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
	}

	private static DataPackageFiles demoFiles() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (TableSchema table : DataPackageSchema.TABLES) {
			try (InputStream in = new ClassPathResource("demo/" + table.fileName()).getInputStream()) {
				files.put(table.fileName(), in.readAllBytes());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return DataPackageFiles.of(files);
	}

}
