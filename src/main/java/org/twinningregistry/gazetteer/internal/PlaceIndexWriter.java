package org.twinningregistry.gazetteer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;

import org.twinningregistry.gazetteer.Place;

/**
 * Writes the places a build hands on into a new index in a folder: sorted by population,
 * the most populous first, merged into one segment, with what it was built from in the
 * commit's user data.
 */
final class PlaceIndexWriter {

	static final String SCHEMA = "schema";

	/** Changes when the index's fields change: an index of another schema is rebuilt. */
	static final String SCHEMA_VERSION = "1";

	private PlaceIndexWriter() {
	}

	/**
	 * @param build hands every place to the consumer given, returns how many
	 * @param description what to record in the commit
	 * @return how many places were written
	 */
	static int write(Path folder, ToIntFunction<Consumer<Place>> build, Map<String, String> description) {
		IndexWriterConfig config = new IndexWriterConfig().setOpenMode(OpenMode.CREATE)
			.setRAMBufferSizeMB(48)
			.setIndexSort(new Sort(new SortField(PlaceDocuments.POPULATION, SortField.Type.LONG, true)));
		try (FSDirectory directory = FSDirectory.open(folder);
				IndexWriter writer = new IndexWriter(directory, config)) {
			int[] filed = new int[1];
			int places = build.applyAsInt(place -> {
				add(writer, place);
				filed[0] += place.hasSubdivision() ? 1 : 0;
			});
			writer.forceMerge(1);
			java.util.Map<String, String> data = new java.util.HashMap<>(description);
			data.put(SCHEMA, SCHEMA_VERSION);
			data.put("places", Integer.toString(places));
			data.put("placesWithSubdivision", Integer.toString(filed[0]));
			writer.setLiveCommitData(data.entrySet());
			writer.commit();
			return places;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void add(IndexWriter writer, Place place) {
		try {
			writer.addDocument(PlaceDocuments.of(place));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
