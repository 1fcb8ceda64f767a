package org.twinningregistry.analytics;

/**
 * A relationship drawn on the map: a line between its two governments.
 *
 * @param home the home party
 * @param homeName its name
 * @param homeLatitude its latitude
 * @param homeLongitude its longitude
 * @param partner the other party
 * @param partnerName its name
 * @param partnerCountry its country
 * @param partnerLatitude its latitude
 * @param partnerLongitude its longitude
 * @param active whether the relationship was active in the window
 */
public record MapLine(String home, String homeName, double homeLatitude, double homeLongitude, String partner,
		String partnerName, String partnerCountry, double partnerLatitude, double partnerLongitude, boolean active) {

}
