package org.twinningregistry.analytics.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.twinningregistry.analytics.RelationshipActivity;

/**
 * The relationship × year grid that shows dormancy at a glance: one row per relationship,
 * one cell per year of the window, shaded by the number of substantive engagements.
 *
 * @param years the years of the window, oldest first
 * @param rows one per relationship, in the order given
 */
record ActivityGrid(List<Integer> years, List<Row> rows) {

	static ActivityGrid of(List<RelationshipActivity> relationships, LocalDate asOf, int window) {
		int last = asOf.getYear();
		List<Integer> years = IntStream.rangeClosed(last - window + 1, last).boxed().toList();
		return new ActivityGrid(years, relationships.stream().map(r -> Row.of(r, years)).toList());
	}

	/**
	 * The dormant relationships: those without a substantive engagement in the window.
	 */
	public List<Row> dormant() {
		return this.rows.stream().filter(row -> !row.relationship().active()).toList();
	}

	/**
	 * @param relationship the relationship and its figures
	 * @param cells its years
	 */
	record Row(RelationshipActivity relationship, List<Cell> cells) {

		static Row of(RelationshipActivity relationship, List<Integer> years) {
			return new Row(relationship,
					years.stream()
						.map(year -> new Cell(year, relationship.substantive().getOrDefault(year, 0),
								relationship.greetings().getOrDefault(year, 0)))
						.toList());
		}

	}

	/**
	 * One year of one relationship.
	 *
	 * @param year the year
	 * @param substantive substantive engagements that year
	 * @param greetings correspondence that year
	 */
	record Cell(int year, int substantive, int greetings) {

		/** Whether the year saw greetings but nothing substantive. */
		public boolean greetingsOnly() {
			return this.substantive == 0 && this.greetings > 0;
		}

		/** The CSS class that shades the cell: none, greetings only, or 1, 2, 3+. */
		public String shade() {
			if (greetingsOnly()) {
				return "shade-greetings";
			}
			return "shade-" + Math.min(this.substantive, 3);
		}

	}

}
