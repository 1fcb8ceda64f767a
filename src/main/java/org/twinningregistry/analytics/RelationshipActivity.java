package org.twinningregistry.analytics;

import java.util.List;
import java.util.Map;

/**
 * One relationship and what happened in it, year by year over the window: the rows of the
 * activity grid that shows dormancy at a glance.
 *
 * @param home the party on the side the figures are about
 * @param homeName its name
 * @param subdivision the home party's subdivision
 * @param partner the other party
 * @param partnerName its name
 * @param partnerCountry its country
 * @param agreements the ids of the relationship's current agreements
 * @param substantive substantive engagements per year of the window (every year present)
 * @param greetings correspondence per year of the window (every year present)
 * @param frequency years with a substantive engagement ÷ window
 * @param active whether there was a substantive engagement in the window
 */
public record RelationshipActivity(String home, String homeName, String subdivision, String partner, String partnerName,
		String partnerCountry, List<String> agreements, Map<Integer, Integer> substantive,
		Map<Integer, Integer> greetings, double frequency, boolean active) {

}
