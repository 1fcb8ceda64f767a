package org.twinningregistry.gazetteer;

/**
 * A government with all its values and the version a later update must name.
 *
 * @param id its key
 * @param values what was entered
 * @param version the optimistic-lock version
 */
public record GovernmentDetails(GovernmentId id, GovernmentValues values, long version) {

	public GovernmentSummary summary() {
		return new GovernmentSummary(this.id, this.values.name(), this.values.nameFr(), this.values.nameLocal(),
				this.values.country(), this.values.subdivision(), this.values.level(),
				GovernmentNames.searchText(this.values));
	}

}
