package org.twinningregistry.engagement.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.jspecify.annotations.Nullable;

import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.EngagementValues;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.engagement.UpsertEngagement;
import org.twinningregistry.engagement.domain.Engagement;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;
import org.twinningregistry.shared.PostgresCopy;

/**
 * The columns of the {@code engagement} table as {@link EngagementBatchWriter} writes
 * them, with the same values the {@link Engagement} entity maps: read from a result,
 * bound to a statement, or written as a line of {@code COPY}'s CSV.
 */
final class EngagementColumns {

	static final String COLUMNS = "agreement_id, engagement_year, start_date, end_date, category, origin, form, "
			+ "mode, participants, official_level, cost, currency, title, description, source, search_text";

	static final int PARAMETERS = 17;

	/**
	 * The columns an insert writes beside the values: the import's entry, the version.
	 */
	static final String INSERTED = "id, " + COLUMNS + ", import_entry, version";

	static final String UPDATE = "UPDATE engagement SET agreement_id = ?, engagement_year = ?, start_date = ?, "
			+ "end_date = ?, category = ?, origin = ?, form = ?, mode = ?, participants = ?, official_level = ?, "
			+ "cost = ?, currency = ?, title = ?, description = ?, source = ?, search_text = ?, version = version + 1 "
			+ "WHERE id = ? AND version = ?";

	private EngagementColumns() {
	}

	/** The stored values of a row read with {@link #COLUMNS} after its id. */
	static EngagementValues values(ResultSet r) throws SQLException {
		String form = r.getString(8);
		String level = r.getString(11);
		return new EngagementValues(new AgreementId(r.getString(2)), r.getInt(3),
				PartialDate.parseOrNull(r.getString(4)), PartialDate.parseOrNull(r.getString(5)),
				Category.valueOf(r.getString(6)), r.getString(7), (form != null) ? EngagementForm.valueOf(form) : null,
				EngagementMode.valueOf(r.getString(9)), r.getObject(10, Integer.class),
				(level != null) ? OfficialLevel.valueOf(level) : null, r.getBigDecimal(12), r.getString(13),
				r.getString(14), r.getString(15), r.getString(16));
	}

	/**
	 * Appends the row as {@code COPY} CSV, id then {@link #COLUMNS}, without line end.
	 */
	static StringBuilder csv(StringBuilder csv, UpsertEngagement row) {
		EngagementValues v = row.values();
		PostgresCopy.quoted(csv, row.id().value()).append(',');
		PostgresCopy.quoted(csv, v.agreement().value()).append(',').append(v.year()).append(',');
		PostgresCopy.quoted(csv, (v.date() != null) ? v.date().toString() : null).append(',');
		PostgresCopy.quoted(csv, (v.endDate() != null) ? v.endDate().toString() : null).append(',');
		PostgresCopy.quoted(csv, v.category().name()).append(',');
		PostgresCopy.quoted(csv, v.origin()).append(',');
		PostgresCopy.quoted(csv, (v.form() != null) ? v.form().name() : null).append(',');
		PostgresCopy.quoted(csv, v.mode().name()).append(',');
		csv.append((v.participants() != null) ? v.participants().toString() : "").append(',');
		PostgresCopy.quoted(csv, (v.officialLevel() != null) ? v.officialLevel().name() : null).append(',');
		csv.append((v.cost() != null) ? v.cost().toPlainString() : "").append(',');
		PostgresCopy.quoted(csv, v.currency()).append(',');
		PostgresCopy.quoted(csv, v.title()).append(',');
		PostgresCopy.quoted(csv, v.description()).append(',');
		PostgresCopy.quoted(csv, v.source()).append(',');
		PostgresCopy.quoted(csv, Engagement.searchText(v));
		return csv;
	}

	/** Sets the 16 value columns, in {@link #COLUMNS}' order, from the index on. */
	static void bind(PreparedStatement s, int at, EngagementValues v) throws SQLException {
		s.setString(at, v.agreement().value());
		s.setInt(at + 1, v.year());
		text(s, at + 2, (v.date() != null) ? v.date().toString() : null);
		text(s, at + 3, (v.endDate() != null) ? v.endDate().toString() : null);
		s.setString(at + 4, v.category().name());
		s.setString(at + 5, v.origin());
		text(s, at + 6, (v.form() != null) ? v.form().name() : null);
		s.setString(at + 7, v.mode().name());
		if (v.participants() != null) {
			s.setInt(at + 8, v.participants());
		}
		else {
			s.setNull(at + 8, Types.INTEGER);
		}
		text(s, at + 9, (v.officialLevel() != null) ? v.officialLevel().name() : null);
		if (v.cost() != null) {
			s.setBigDecimal(at + 10, v.cost());
		}
		else {
			s.setNull(at + 10, Types.NUMERIC);
		}
		text(s, at + 11, v.currency());
		s.setString(at + 12, v.title());
		text(s, at + 13, v.description());
		text(s, at + 14, v.source());
		s.setString(at + 15, Engagement.searchText(v));
	}

	private static void text(PreparedStatement s, int index, @Nullable String text) throws SQLException {
		if (text != null) {
			s.setString(index, text);
		}
		else {
			s.setNull(index, Types.VARCHAR);
		}
	}

}
