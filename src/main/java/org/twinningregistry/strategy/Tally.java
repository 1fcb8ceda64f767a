package org.twinningregistry.strategy;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * Planned activities counted by state.
 *
 * @param planned how many were planned
 * @param met how many were met
 * @param missed how many were missed
 * @param pending how many are pending
 */
public record Tally(int planned, int met, int missed, int pending) {

	/** No activity. */
	public static final Tally NONE = new Tally(0, 0, 0, 0);

	/** The activities' states counted. */
	public static Tally of(Collection<ActivityState> states) {
		int met = 0;
		int missed = 0;
		int pending = 0;
		for (ActivityState state : states) {
			switch (state) {
				case MET -> met++;
				case MISSED -> missed++;
				case PENDING -> pending++;
			}
		}
		return new Tally(states.size(), met, missed, pending);
	}

	/** The two tallies added. */
	public Tally plus(Tally other) {
		return new Tally(this.planned + other.planned, this.met + other.met, this.missed + other.missed,
				this.pending + other.pending);
	}

	/**
	 * met ÷ (met + missed), rounded to four decimals; {@code null} when nothing was met
	 * or missed yet.
	 */
	public @Nullable Double rate() {
		int decided = this.met + this.missed;
		return (decided == 0) ? null : Math.round(this.met * 10_000.0 / decided) / 10_000.0;
	}

}
