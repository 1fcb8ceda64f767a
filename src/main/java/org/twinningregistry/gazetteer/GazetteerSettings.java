package org.twinningregistry.gazetteer;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the world gazetteer keeps its index, and the loader command.
 *
 * @param folder the gazetteer's folder ({@code registry.gazetteer.folder}, default
 * {@code ./data/gazetteer}, beside the embedded database): the index built from the
 * shipped files on first start, or the one loaded from GeoNames' dumps
 * @param load a folder of GeoNames dump files to load into the gazetteer and exit
 * ({@code registry.gazetteer.load}; docs/import-export.md, "Loading GeoNames' dumps")
 */
@ConfigurationProperties("registry.gazetteer")
public record GazetteerSettings(@DefaultValue("./data/gazetteer") Path folder, @Nullable Path load) {

	/**
	 * The settings of a gazetteer outside Spring: the folder the system property
	 * {@code registry.gazetteer.folder} names (as the build sets it for tests), else the
	 * default.
	 */
	public static GazetteerSettings fromSystemProperties() {
		return new GazetteerSettings(Path.of(System.getProperty("registry.gazetteer.folder", "./data/gazetteer")),
				null);
	}

}
