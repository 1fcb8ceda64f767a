package org.twinningregistry.importexport.format;

import java.util.List;
import java.util.Optional;

import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentVisibility;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;

import static org.twinningregistry.importexport.format.SchemaField.coded;
import static org.twinningregistry.importexport.format.SchemaField.patterned;
import static org.twinningregistry.importexport.format.SchemaField.text;
import static org.twinningregistry.importexport.format.SchemaField.typed;

/** The tables of the Twinning Data Package, version 1 (docs/data-package.md). */
public final class DataPackageSchema {

	/** A date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
	public static final String DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

	/** An id: 1–64 letters, digits and {@code - _ . :}. */
	public static final String ID_PATTERN = "[A-Za-z0-9_.:-]{1,64}";

	public static final TableSchema GOVERNMENTS = new TableSchema("governments", "Non-central governments", List.of(
			patterned("id", true, ID_PATTERN, "Stable key"), text("name", true, "Name in English or romanised form"),
			text("name_fr", false, "French name"), text("name_local", false, "Name in its own language and script"),
			patterned("country", true, "[A-Z]{2}", "ISO 3166-1 alpha-2 code"),
			patterned("subdivision", true, "[A-Z]{2}(-[A-Z0-9]{1,3})?",
					"ISO 3166-2 code of the first-level subdivision it lies in (a national government's: its country code)"),
			coded("level", true, GovernmentLevel.class,
					"NATIONAL (the country's own government), REGIONAL (first level) or LOCAL (below)"),
			patterned("parent", false, ID_PATTERN, "Id of the government that contains it"),
			typed("population", "integer", false, "Population, a whole number"),
			typed("latitude", "number", false, "WGS 84 decimal degrees, with longitude"),
			typed("longitude", "number", false, "WGS 84 decimal degrees, with latitude"),
			patterned("wikidata", false, "Q[1-9][0-9]*", "Wikidata item id"),
			typed("geonames", "integer", false, "GeoNames id")), List.of(new ForeignKey("parent", "governments")));

	public static final TableSchema AGREEMENTS = new TableSchema("agreements", "Twinning agreements",
			List.of(patterned("id", true, ID_PATTERN, "Stable key"),
					patterned("party_a", true, ID_PATTERN, "Id of one party"),
					patterned("party_b", true, ID_PATTERN, "Id of the other party"),
					coded("type", true, AgreementType.class, "SISTER, FRIENDSHIP or COOPERATION"),
					patterned("signed", true, DATE_PATTERN, "Date signed"),
					coded("status", false, AgreementStatus.class, "ACTIVE (default), SUSPENDED or ENDED"),
					patterned("ended", false, DATE_PATTERN, "Date it ended"),
					patterned("term_ends", false, DATE_PATTERN, "Date its current term runs out"),
					patterned("renewed", false, DATE_PATTERN, "Date of the latest renewal"),
					text("council_resolution", false, "Reference of the decision that approved it"),
					patterned("supersedes", false, ID_PATTERN, "Id of the earlier agreement it replaces"),
					patterned("purposes", false, purposesPattern(), "Purpose codes separated by ;"),
					text("source", false, "URL or citation"), text("notes", false, "Free text")),
			List.of(new ForeignKey("party_a", "governments"), new ForeignKey("party_b", "governments"),
					new ForeignKey("supersedes", "agreements")));

	public static final TableSchema ENGAGEMENTS = new TableSchema("engagements", "Engagements under agreements",
			List.of(patterned("id", true, ID_PATTERN, "Stable key"),
					patterned("agreement", true, ID_PATTERN, "Id of the agreement it took place under"),
					typed("year", "year", true, "Calendar year"), patterned("date", false, DATE_PATTERN, "Start date"),
					patterned("end_date", false, DATE_PATTERN, "End date"),
					coded("category", true, Category.class, "What it was about"),
					patterned("origin", true, ID_PATTERN, "Id of the party that initiated it, or BOTH"),
					coded("form", false, EngagementForm.class, "How it was done"),
					coded("mode", false, EngagementMode.class, "IN_PERSON (default) or VIRTUAL"),
					typed("participants", "integer", false, "How many took part"),
					coded("official_level", false, OfficialLevel.class, "Highest office that took part"),
					typed("cost", "number", false, "Cost to the reporting government, with currency"),
					patterned("currency", false, "[A-Z]{3}", "ISO 4217 code of the cost"),
					text("title", true, "Short title"), text("description", false, "Free text"),
					text("source", false, "URL or citation")),
			List.of(new ForeignKey("agreement", "agreements")));

	public static final TableSchema PLANS = new TableSchema("plans", "Multi-year plans under agreements",
			List.of(patterned("id", true, ID_PATTERN, "Stable key"),
					patterned("agreement", true, ID_PATTERN, "Id of the agreement it is agreed under"),
					typed("from", "year", true, "Its first calendar year"),
					typed("to", "year", true, "Its last calendar year (at most ten years)")),
			List.of(new ForeignKey("agreement", "agreements")));

	public static final TableSchema PLANNED_ACTIVITIES = new TableSchema("planned_activities",
			"The activities each plan foresees, in order",
			List.of(patterned("plan", true, ID_PATTERN, "Id of the plan"),
					patterned("key", true, "[A-Za-z0-9_.:-]{1,32}", "Key of the activity within its plan"),
					typed("year", "year", true, "Calendar year it is planned for, within the plan's years"),
					coded("category", true, Category.class, "What it is about"),
					coded("form", false, EngagementForm.class, "How it is to be done"),
					patterned("origin", true, ID_PATTERN, "Id of the party that is to initiate it, or BOTH"),
					typed("participants", "integer", false, "How many are expected to take part"),
					text("title", true, "Short title"), text("notes", false, "Free text")),
			List.of(new ForeignKey("plan", "plans")), List.of("plan", "key"));

	/**
	 * The documents on file, their files in the package's {@code documents/} folder: not
	 * a sheet of the workbook (a workbook holds no files), so not among {@link #TABLES}.
	 */
	public static final TableSchema DOCUMENTS = new TableSchema("documents",
			"Documents on file for agreements and engagements",
			List.of(patterned("id", true, ID_PATTERN, "Stable key"),
					patterned("agreement", false, ID_PATTERN,
							"Id of the agreement it is attached to (or give engagement)"),
					patterned("engagement", false, ID_PATTERN,
							"Id of the engagement it is attached to (or give agreement)"),
					text("title", true, "What it is, in words"),
					coded("kind", true, DocumentKind.class, "What it is, as a code"),
					text("language", false, "Language of its text, a BCP 47 tag (en, fr, ko)"),
					coded("visibility", false, DocumentVisibility.class, "PUBLIC (default) or INTERNAL"),
					text("file", true, "Path of the file in the package, under documents/"),
					text("file_name", false, "The file's name as uploaded"),
					text("media_type", false, "Content type detected from the bytes (detected again on import)"),
					typed("size", "integer", false, "Size in bytes"),
					patterned("sha256", false, "[0-9a-f]{64}", "SHA-256 of the file; when given it must match"),
					text("added", false, "When it was added, an ISO 8601 instant")),
			List.of(new ForeignKey("agreement", "agreements"), new ForeignKey("engagement", "engagements")));

	/** The tables in the order an import writes them. */
	public static final List<TableSchema> TABLES = List.of(GOVERNMENTS, AGREEMENTS, ENGAGEMENTS, PLANS,
			PLANNED_ACTIVITIES);

	/**
	 * The tables of a data package (a folder or ZIP): those of {@link #TABLES}, and
	 * documents.
	 */
	public static final List<TableSchema> PACKAGE_TABLES = List.of(GOVERNMENTS, AGREEMENTS, ENGAGEMENTS, PLANS,
			PLANNED_ACTIVITIES, DOCUMENTS);

	/** The descriptor, optional on import and ignored. */
	public static final String DESCRIPTOR = "datapackage.json";

	private DataPackageSchema() {
	}

	/** The table a file of this name holds, if it is one of the package's. */
	public static Optional<TableSchema> forFile(String fileName) {
		return PACKAGE_TABLES.stream().filter(t -> t.fileName().equals(fileName)).findFirst();
	}

	private static String purposesPattern() {
		String codes = String.join("|", java.util.Arrays.stream(Category.values()).map(Enum::name).toList());
		return "(" + codes + ")(;(" + codes + "))*";
	}

}
