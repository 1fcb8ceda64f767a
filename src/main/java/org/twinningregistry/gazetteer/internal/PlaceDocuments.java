package org.twinningregistry.gazetteer.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.Place;
import org.twinningregistry.gazetteer.PlaceKind;
import org.twinningregistry.gazetteer.PlaceNames;

/**
 * How a place is kept in the gazetteer's Lucene index: its facts as stored fields, and as
 * indexed terms its key, GeoNames and Wikidata ids, country, and the comparison key
 * ({@link PlaceNames#key}) of every name it has (of an administrative unit also without
 * its kind words: "Borough of Tameside" is found as "tameside"); the population as doc
 * values, by which the index is sorted, the most populous first.
 */
final class PlaceDocuments {

	static final String KEY = "key";

	static final String GEONAMES = "geonames";

	static final String WIKIDATA = "wikidata";

	static final String COUNTRY = "country";

	static final String ISO = "iso";

	static final String NAME = "name";

	static final String POPULATION = "population";

	private static final String SEP = "\u001f";

	private PlaceDocuments() {
	}

	static Document of(Place place) {
		Document doc = new Document();
		doc.add(new StringField(KEY, place.key(), Store.YES));
		if (place.geonameId() != null) {
			doc.add(new StringField(GEONAMES, place.geonameId().toString(), Store.YES));
		}
		if (place.wikidata() != null) {
			doc.add(new StringField(WIKIDATA, place.wikidata(), Store.YES));
		}
		doc.add(new StringField(COUNTRY, place.country(), Store.YES));
		for (String key : nameKeys(place)) {
			doc.add(new StringField(NAME, key, Store.NO));
		}
		doc.add(new NumericDocValuesField(POPULATION, place.population()));
		doc.add(new StoredField(POPULATION, place.population()));
		doc.add(new StoredField("kind", place.kind().name()));
		doc.add(new StoredField("name.own", place.name()));
		doc.add(new StoredField("name.ascii", place.asciiName()));
		doc.add(new StoredField("name.alternates", String.join(SEP, place.alternateNames())));
		stored(doc, "name.native", place.nativeName());
		stored(doc, "subdivision", place.subdivision());
		if (place.isoCode() != null) {
			doc.add(new StringField(ISO, place.isoCode(), Store.YES));
		}
		doc.add(new StoredField("admin1", place.admin1()));
		stored(doc, "parent", place.parent());
		if (place.hasCoordinates()) {
			doc.add(new StoredField("latitude", place.latitude()));
			doc.add(new StoredField("longitude", place.longitude()));
		}
		doc.add(new StoredField("sources", String.join(SEP, place.sources())));
		return doc;
	}

	static Place place(Document doc) {
		String geonames = doc.get(GEONAMES);
		String alternates = doc.get("name.alternates");
		return new Place(doc.get(KEY), (geonames != null) ? Long.valueOf(geonames) : null, doc.get(WIKIDATA),
				PlaceKind.valueOf(doc.get("kind")), doc.get("name.own"), doc.get("name.ascii"),
				alternates.isEmpty() ? List.of() : Arrays.asList(alternates.split(SEP)), doc.get("name.native"),
				doc.get(COUNTRY), doc.get("subdivision"), doc.get(ISO), doc.get("admin1"), doc.get("parent"),
				number(doc.getField(POPULATION)).longValue(), real(doc.getField("latitude")),
				real(doc.getField("longitude")), Arrays.asList(doc.get("sources").split(SEP)));
	}

	/** The comparison keys of every name of the place. */
	static Set<String> nameKeys(Place place) {
		Set<String> keys = new LinkedHashSet<>();
		for (String name : names(place)) {
			keys.add(PlaceNames.key(name));
			if (place.kind().administrative()) {
				keys.add(PlaceNames.subdivisionKey(name));
			}
		}
		keys.remove("");
		return keys;
	}

	private static List<String> names(Place place) {
		List<String> names = new java.util.ArrayList<>(place.alternateNames());
		names.add(0, place.asciiName());
		names.add(0, place.name());
		if (place.nativeName() != null) {
			names.add(place.nativeName());
		}
		return names;
	}

	private static void stored(Document doc, String field, @Nullable String value) {
		if (value != null) {
			doc.add(new StoredField(field, value));
		}
	}

	private static Number number(IndexableField field) {
		return field.numericValue();
	}

	private static @Nullable Double real(@Nullable IndexableField field) {
		return (field != null) ? field.numericValue().doubleValue() : null;
	}

}
