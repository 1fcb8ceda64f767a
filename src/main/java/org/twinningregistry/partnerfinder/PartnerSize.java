package org.twinningregistry.partnerfinder;

import org.jspecify.annotations.Nullable;

/**
 * The size of partner a government seeks, as a range of population; either bound may be
 * open. The rules check that each is positive and that the smallest is not above the
 * largest.
 *
 * @param min the smallest population sought, or {@code null}
 * @param max the largest population sought, or {@code null}
 */
public record PartnerSize(@Nullable Long min, @Nullable Long max) {

	/** No size given. */
	public static final PartnerSize ANY = new PartnerSize(null, null);

	/** Whether a government of this population fits (an unknown population does not). */
	public boolean fits(@Nullable Long population) {
		if (population == null) {
			return anySize();
		}
		return (this.min == null || population >= this.min) && (this.max == null || population <= this.max);
	}

	/** Whether neither bound is given. */
	public boolean anySize() {
		return this.min == null && this.max == null;
	}

}
