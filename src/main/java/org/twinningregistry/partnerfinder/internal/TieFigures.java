package org.twinningregistry.partnerfinder.internal;

/**
 * A government's current ties, counted.
 *
 * @param current its current agreements
 * @param foreign those with a government of another country
 * @param withAskerCountry those with a government of the asker's country
 * @param active those with a substantive engagement in the last five years
 */
public record TieFigures(int current, int foreign, int withAskerCountry, int active) {

	/** No ties at all. */
	public static final TieFigures NONE = new TieFigures(0, 0, 0, 0);

	/** Whether it has ties and none was active in the last five years. */
	public boolean allDormant() {
		return this.current > 0 && this.active == 0;
	}

}
