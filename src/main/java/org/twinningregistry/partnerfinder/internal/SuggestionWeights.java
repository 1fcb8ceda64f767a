package org.twinningregistry.partnerfinder.internal;

/**
 * How much each component of a suggestion's score weighs. The defaults were tuned on the
 * offline evaluation's tuning seed (docs/benchmarks.md, "Partner finder (issue 13)").
 *
 * @param sharedPurpose points per purpose both name (at most three count)
 * @param seeking points when one's request seeks the other's country and purposes (half
 * when it seeks the country and the other names no purpose)
 * @param size points for the same population, falling with the ratio of populations
 * @param sizeSpread the ratio of populations at which the size points fall to about 60%
 * @param level points for the same level of government
 * @param foreignTies points per natural log of one more current foreign tie
 * @param askerCountryTies points per natural log of one more tie with the asker's country
 * @param activeTies points per natural log of one more tie active in five years
 * @param partnersOfPartners points per natural log of one more shared partner
 * @param provinceTies points per natural log of one more tie between the two provinces
 * @param countryProvinceTies points per natural log of one more tie between the asker's
 * country and the candidate's province
 * @param dormant the penalty when every tie is dormant
 * @param unregistered the penalty of a gazetteer place, whose ties are unknown
 */
public record SuggestionWeights(double sharedPurpose, double seeking, double size, double sizeSpread, double level,
		double foreignTies, double askerCountryTies, double activeTies, double partnersOfPartners, double provinceTies,
		double countryProvinceTies, double dormant, double unregistered) {

	/**
	 * The weights suggestions are made with. What a government says it wants (shared
	 * purposes, a request seeking the other) weighs more than any inference from size or
	 * the network, so that a candidate naming the purpose a request seeks comes before
	 * places alike only in size: the evaluation cannot tune those two (its pairs list has
	 * no purposes or requests), and changing them leaves its figures as they are.
	 */
	public static final SuggestionWeights DEFAULT = new SuggestionWeights(3.0, 4.0, 3.0, 3.0, 0.5, 3.0, 0.5, 0.5, 3.0,
			2.0, 1.0, 0.5, 0.5);

}
