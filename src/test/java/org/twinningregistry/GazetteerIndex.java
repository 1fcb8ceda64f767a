package org.twinningregistry;

import java.nio.file.Path;

import org.twinningregistry.gazetteer.GazetteerSettings;
import org.twinningregistry.gazetteer.WorldGazetteer;
import org.twinningregistry.gazetteer.domain.IsoCodeList;

/**
 * The world gazetteer's index the tests share ({@code registry.gazetteer.folder}, which
 * the build sets to {@code target/gazetteer}): built in the test JVM when missing, so
 * that a registry started as a separate process (with a small heap) only opens it.
 */
public final class GazetteerIndex {

	private GazetteerIndex() {
	}

	/** The folder, its index built. */
	public static Path built() {
		GazetteerSettings settings = GazetteerSettings.fromSystemProperties();
		new WorldGazetteer(new IsoCodeList(), settings).size();
		return settings.folder().toAbsolutePath();
	}

}
