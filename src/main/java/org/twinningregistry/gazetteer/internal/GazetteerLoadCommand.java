package org.twinningregistry.gazetteer.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.GazetteerSettings;
import org.twinningregistry.gazetteer.domain.GazetteerBuild;
import org.twinningregistry.gazetteer.domain.IsoCodeList;

/**
 * The GeoNames loader (docs/import-export.md, "Loading GeoNames' dumps"): when
 * {@code registry.gazetteer.load} names a folder of GeoNames dump files, builds the world
 * gazetteer's index from them (with the shipped Who's On First, Destatis and ISO data)
 * into {@code registry.gazetteer.folder}, replacing any loaded before, and ends the
 * application: status 0 when loaded, 1 when the folder holds no places file or a file
 * cannot be read. The registry uses the loaded index from its next start.
 */
@Component
@ConditionalOnProperty("registry.gazetteer.load")
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class GazetteerLoadCommand implements ApplicationRunner {

	static final int LOADED = 0;

	static final int FAILED = 1;

	private static final Logger log = LoggerFactory.getLogger(GazetteerLoadCommand.class);

	private final GazetteerSettings settings;

	private final IsoCodeList codes;

	private final ConfigurableApplicationContext context;

	GazetteerLoadCommand(GazetteerSettings settings, IsoCodeList codes, ConfigurableApplicationContext context) {
		this.settings = settings;
		this.codes = codes;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = execute(java.util.Objects.requireNonNull(this.settings.load()), this.settings.folder());
		System.exit(SpringApplication.exit(this.context, () -> status));
	}

	/**
	 * Loads the dumps of a folder into the gazetteer's folder.
	 * @return {@link #LOADED} or {@link #FAILED}
	 */
	int execute(Path dumps, Path folder) {
		if (!Files.isDirectory(dumps) || GazetteerBuild.placeFiles(dumps).isEmpty()) {
			log.error("GeoNames load: {} holds no allCountries.txt or XX.txt file", dumps);
			return FAILED;
		}
		try {
			long start = System.nanoTime();
			int places = PlaceIndexFolder.load(folder, dumps, new GazetteerBuild(this.codes));
			log.info("GeoNames load: {} places from {} indexed into {} in {} ms; restart the registry to use them",
					places, dumps, folder.resolve(PlaceIndexFolder.LOADED), (System.nanoTime() - start) / 1_000_000);
			return LOADED;
		}
		catch (RuntimeException ex) {
			log.error("GeoNames load: {} could not be loaded: {}", dumps, ex.toString());
			return FAILED;
		}
	}

}
