package org.twinningregistry.shared;

/**
 * What an engagement was about, and the purposes an agreement names: the categories of
 * the data package.
 */
public enum Category {

	/**
	 * Visits and delegations of elected or senior officials, ceremonies, anniversaries.
	 */
	ADMINISTRATIVE,
	/** Long-term training, secondment or professional development of public servants. */
	PEOPLE,
	/** Youth camps, youth delegations and exchanges. */
	YOUTH,
	/** School, student and academic exchanges, scholarships. */
	EDUCATION,
	/** Culture and arts: festivals, exhibitions, performances. */
	CULTURE,
	/** Sports events and teams. */
	SPORTS,
	/** Tourism promotion. */
	TOURISM,
	/** Trade, investment, business missions, economic cooperation. */
	ECONOMY,
	/** Research, science and technology cooperation. */
	SCIENCE_TECH,
	/** Public health and medical cooperation. */
	HEALTH,
	/** Environment and climate cooperation. */
	ENVIRONMENT,
	/** Exchange of policy and administrative practice. */
	POLICY,
	/** Donations, disaster and emergency relief. */
	AID,
	/** Exchanges between citizens, associations and civil society. */
	CIVIL,
	/** Anything else. */
	OTHER

}
