package org.twinningregistry.gazetteer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.MMapDirectory;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Place;

/**
 * Searches the gazetteer's index, memory-mapped from its folder: by key, GeoNames or
 * Wikidata id, by the key of a name or the start of one, in a country or anywhere; the
 * most populous first (the index's own order). Thread-safe; opened once per folder and
 * JVM.
 */
public final class PlaceSearch {

	private static final Sort MOST_POPULOUS = new Sort(
			new SortField(PlaceDocuments.POPULATION, SortField.Type.LONG, true));

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final Path folder;

	PlaceSearch(Path folder) {
		this.folder = folder;
		try {
			this.reader = DirectoryReader.open(new MMapDirectory(folder));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.searcher = new IndexSearcher(this.reader);
	}

	/** The folder of the index. */
	public Path folder() {
		return this.folder;
	}

	/** How many places the index holds. */
	public int size() {
		return this.reader.numDocs();
	}

	/** What the index says of itself: source, places, when built. */
	public java.util.Map<String, String> description() {
		try {
			return this.reader.getIndexCommit().getUserData();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<Place> byKey(String key) {
		return search(new TermQuery(new Term(PlaceDocuments.KEY, key)), null, 1).stream().findFirst();
	}

	public Optional<Place> byGeonames(long id) {
		return search(new TermQuery(new Term(PlaceDocuments.GEONAMES, Long.toString(id))), null, 1).stream()
			.findFirst();
	}

	/**
	 * Places whose own ISO 3166-2 code this is (a division and, rarely, its namesakes).
	 */
	public List<Place> byIsoCode(String code) {
		return search(new TermQuery(new Term(PlaceDocuments.ISO, code)), null, 10);
	}

	public List<Place> byWikidata(String qid) {
		return search(new TermQuery(new Term(PlaceDocuments.WIKIDATA, qid)), null, 10);
	}

	/** Places with a name of this key, in the country if one is given. */
	public List<Place> named(String key, @Nullable String country, int max) {
		return key.isEmpty() ? List.of() : search(new TermQuery(new Term(PlaceDocuments.NAME, key)), country, max);
	}

	/** Places with a name whose key starts with this one, in the country if given. */
	public List<Place> startingWith(String prefix, @Nullable String country, int max) {
		return prefix.isEmpty() ? List.of()
				: search(new PrefixQuery(new Term(PlaceDocuments.NAME, prefix)), country, max);
	}

	/** The most populous places of a country. */
	public List<Place> inCountry(String country, int max) {
		return search(new MatchAllDocsQuery(), country, max);
	}

	private List<Place> search(Query what, @Nullable String country, int max) {
		Query query = what;
		if (country != null) {
			query = new BooleanQuery.Builder().add(what, Occur.FILTER)
				.add(new TermQuery(new Term(PlaceDocuments.COUNTRY, country)), Occur.FILTER)
				.build();
		}
		try {
			ScoreDoc[] hits = this.searcher.search(query, max, MOST_POPULOUS).scoreDocs;
			StoredFields stored = this.searcher.storedFields();
			List<Place> places = new ArrayList<>(hits.length);
			for (ScoreDoc hit : hits) {
				places.add(PlaceDocuments.place(stored.document(hit.doc)));
			}
			return places;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
