package org.twinningregistry.gazetteer;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.domain.GeoNamesReader;

/**
 * The language a government's native name is written in, for the {@code lang} attribute
 * pages put on it (so that a screen reader pronounces 서울특별시 as Korean and a browser picks
 * a Korean font): the first language GeoNames lists for its country ({@code ko} for KR,
 * never the country code {@code kr}, which is Kanuri). Templates reach it as
 * {@code @nativeLanguages}.
 */
@Component("nativeLanguages")
public class NativeLanguages {

	private final Map<String, String> byCountry = GeoNamesReader.languages();

	/**
	 * The language code for names in the country, or {@code null} when GeoNames names
	 * none (an attribute left out then).
	 */
	public @Nullable String of(@Nullable String country) {
		return (country != null) ? this.byCountry.get(country.toUpperCase(Locale.ROOT)) : null;
	}

}
