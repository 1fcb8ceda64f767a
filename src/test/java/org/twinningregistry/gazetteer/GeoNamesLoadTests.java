package org.twinningregistry.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.twinningregistry.gazetteer.domain.GazetteerBuild;
import org.twinningregistry.gazetteer.domain.IsoCodeList;
import org.twinningregistry.gazetteer.internal.PlaceIndexFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GeoNames loader on a small folder in GeoNames' dump formats
 * ({@code src/test/resources/geonames-dump}: a country file {@code LI.txt},
 * {@code admin2Codes.txt}, {@code alternateNamesV2.txt}), built without the other sources
 * so that it takes seconds.
 */
class GeoNamesLoadTests {

	@TempDir
	Path folder;

	@Test
	void loadsACountryFileWithItsDivisionsAndAlternateNames() throws Exception {
		// given
		Path dumps = new ClassPathResource("geonames-dump").getFile().toPath();
		IsoCodeList codes = new IsoCodeList();
		// when
		int places = PlaceIndexFolder.load(this.folder, dumps, GazetteerBuild.geonamesOnly(codes));
		WorldGazetteer world = new WorldGazetteer(codes, new GazetteerSettings(this.folder, null));
		// then: every first-level division of the shipped code file, one second-level
		// division, and the country file's populated places and section, not the
		// historical place nor the stream
		assertThat(Files.isDirectory(this.folder.resolve("loaded"))).isTrue();
		assertThat(places).isEqualTo(world.size());
		Place vaduz = world.place(3042030).orElseThrow();
		assertThat(vaduz).extracting(Place::name, Place::wikidata, Place::subdivision, Place::population)
			.containsExactly("Vaduz", "Q1844", "LI-11", 5197L);
		assertThat(world.named("Schaan Town", "LI")).extracting(Place::geonameId).containsExactly(3042037L);
		assertThat(world.named("Alt Schaan", "LI")).isEmpty();
		assertThat(world.named("Alt-Schaan", null)).isEmpty();
		assertThat(world.named("Schaanwald", null)).isEmpty();
		assertThat(world.place(3042090).orElseThrow().kind()).isEqualTo(PlaceKind.CITY_DISTRICT);
		Place division = world.place(3042031).orElseThrow();
		assertThat(division).extracting(Place::kind, Place::isoCode, Place::latitude, Place::population)
			.containsExactly(PlaceKind.FIRST_LEVEL, "LI-11", 47.13, 5696L);
		assertThat(world.named("Gemeinde Vaduz", "LI")).contains(division);
		Place unterland = world.place(9999911).orElseThrow();
		assertThat(unterland.kind()).isEqualTo(PlaceKind.SECOND_LEVEL);
		assertThat(unterland.parent()).isEqualTo(division.key());
		// placed at its places' centre: Vaduz and the section Rotenboden
		assertThat(unterland.latitude()).isBetween(47.13, 47.15);
	}

	@Test
	void replacesTheLoadedIndexWhenLoadedAgain() throws Exception {
		// given
		Path dumps = new ClassPathResource("geonames-dump").getFile().toPath();
		IsoCodeList codes = new IsoCodeList();
		int first = PlaceIndexFolder.load(this.folder, dumps, GazetteerBuild.geonamesOnly(codes));
		// when
		int second = PlaceIndexFolder.load(this.folder, dumps, GazetteerBuild.geonamesOnly(codes));
		// then
		assertThat(second).isEqualTo(first);
		try (var entries = Files.list(this.folder)) {
			assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
				.containsExactly("loaded");
		}
	}

}
