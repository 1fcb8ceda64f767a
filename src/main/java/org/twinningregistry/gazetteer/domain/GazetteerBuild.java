package org.twinningregistry.gazetteer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.twinningregistry.gazetteer.Place;

/**
 * Builds the world gazetteer's places from its sources, merged without duplicates
 * ({@link PlaceMerge}): GeoNames' divisions and places (the extracts shipped under
 * {@code geonames/} and {@code gazetteer/}, or GeoNames' own dump files in a folder),
 * then Who's On First, Destatis and the finer ISO 3166-2 subdivisions, shipped under
 * {@code gazetteer/}. Every place is handed to the consumer once.
 */
public final class GazetteerBuild {

	/**
	 * The shipped files the places are built from: a change to any changes the
	 * gazetteer's stamp, so that an index built from older files is built again.
	 */
	public static final List<String> SHIPPED = List.of("geonames/admin1CodesASCII.tsv",
			"geonames/admin1-iso-overrides.properties", "geonames/countryInfo.tsv", "geonames/cities15000.txt",
			"geonames/cities1000-extra.tsv.gz", "geonames/cities500-extra.tsv.gz", "gazetteer/admin2Codes.txt.gz",
			"gazetteer/wof-places.tsv.gz", "gazetteer/destatis-municipalities.tsv.gz", "iso/iso_3166-2.json");

	private final IsoCodeList codes;

	private final boolean otherSources;

	/** A build of every source: GeoNames, then Who's On First, Destatis and ISO. */
	public GazetteerBuild(IsoCodeList codes) {
		this(codes, true);
	}

	private GazetteerBuild(IsoCodeList codes, boolean otherSources) {
		this.codes = codes;
		this.otherSources = otherSources;
	}

	/**
	 * A build of GeoNames' files alone, without the shipped Who's On First, Destatis and
	 * ISO places: for trying a loader on a small folder in minutes less.
	 */
	public static GazetteerBuild geonamesOnly(IsoCodeList codes) {
		return new GazetteerBuild(codes, false);
	}

	/**
	 * Builds from the shipped extracts.
	 * @return how many places were handed on
	 */
	public int shipped(Consumer<Place> out) {
		SubdivisionCrosswalk crosswalk = crosswalk(GeoNamesReader.admin1());
		PlaceMerge merge = new PlaceMerge(out);
		GeoNamesPlaces geonames = new GeoNamesPlaces(merge, crosswalk);
		GeoNamesReader.lines("geonames/admin1CodesASCII.tsv", false, geonames::admin1);
		GeoNamesReader.lines("gazetteer/admin2Codes.txt.gz", true, geonames::admin2);
		GeoNamesReader.lines("geonames/cities15000.txt", false, geonames::geoname);
		GeoNamesReader.lines("geonames/cities1000-extra.tsv.gz", true, geonames::extract);
		GeoNamesReader.lines("geonames/cities500-extra.tsv.gz", true, geonames::extract);
		return others(merge, crosswalk);
	}

	/**
	 * Builds from GeoNames' dump files in a folder instead of the shipped GeoNames
	 * extracts: every {@code allCountries.txt} or {@code XX.txt} there, and
	 * {@code admin1CodesASCII.txt}, {@code admin2Codes.txt}, {@code countryInfo.txt} and
	 * {@code alternateNamesV2.txt} (or {@code alternateNames.txt}) where present (the
	 * shipped ones otherwise; no alternate names without the file).
	 * @return how many places were handed on
	 * @throws UncheckedIOException if a file cannot be read
	 */
	public int dumps(Path folder, Consumer<Place> out) {
		Path admin1 = folder.resolve("admin1CodesASCII.txt");
		Consumer<Consumer<String[]>> admin1Rows = rows -> {
			if (Files.isReadable(admin1)) {
				read(admin1, rows);
			}
			else {
				GeoNamesReader.lines("geonames/admin1CodesASCII.tsv", false, rows);
			}
		};
		SubdivisionCrosswalk crosswalk = crosswalk(GeoNamesReader.admin1(admin1Rows));
		PlaceMerge merge = new PlaceMerge(out);
		GeoNamesPlaces geonames = new GeoNamesPlaces(merge, crosswalk);
		admin1Rows.accept(geonames::admin1);
		readOr(folder.resolve("admin2Codes.txt"), "gazetteer/admin2Codes.txt.gz", geonames::admin2);
		placeFiles(folder).forEach(file -> read(file, geonames::geoname));
		CountryLanguages languages = new CountryLanguages();
		readOr(folder.resolve("countryInfo.txt"), "geonames/countryInfo.tsv", languages::add);
		Stream.of("alternateNamesV2.txt", "alternateNames.txt")
			.map(folder::resolve)
			.filter(Files::isReadable)
			.findFirst()
			.ifPresent(file -> read(file, row -> geonames.alternateName(row, languages)));
		return others(merge, crosswalk);
	}

	/**
	 * The dump files of places in the folder: {@code allCountries.txt} or {@code XX.txt}.
	 */
	public static List<Path> placeFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().matches("allCountries\\.txt|[A-Z]{2}\\.txt"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int others(PlaceMerge merge, SubdivisionCrosswalk crosswalk) {
		if (!this.otherSources) {
			return merge.finish();
		}
		WofPlaces wof = new WofPlaces(merge, crosswalk);
		GeoNamesReader.lines("gazetteer/wof-places.tsv.gz", true, wof::row);
		DestatisPlaces destatis = new DestatisPlaces(merge);
		GeoNamesReader.lines("gazetteer/destatis-municipalities.tsv.gz", true, destatis::row);
		destatis.finish();
		new IsoUnits(merge, this.codes, crosswalk).read(this.codes.parents());
		return merge.finish();
	}

	private SubdivisionCrosswalk crosswalk(java.util.Map<String, List<String>> admin1) {
		return new SubdivisionCrosswalk(admin1, this.codes, GeoNamesReader.overrides());
	}

	private static void readOr(Path file, String shipped, Consumer<String[]> rows) {
		if (Files.isReadable(file)) {
			read(file, rows);
		}
		else {
			GeoNamesReader.lines(shipped, shipped.endsWith(".gz"), rows);
		}
	}

	private static void read(Path file, Consumer<String[]> rows) {
		try {
			InputStream in = Files.newInputStream(file);
			GeoNamesReader.lines(file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
