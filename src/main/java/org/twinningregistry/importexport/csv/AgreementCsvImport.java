package org.twinningregistry.importexport.csv;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.agreement.AgreementValues;
import org.twinningregistry.agreement.UpsertAgreement;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.shared.BulkWriter;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.PartialDate;

/**
 * Reads {@code agreements.csv} and writes its rows through the
 * {@link AgreementRegistry}'s bulk writer, a batch at a time.
 */
@Component
public class AgreementCsvImport extends TableCsvImport<AgreementValues> {

	private final AgreementRegistry agreements;

	AgreementCsvImport(AgreementRegistry agreements) {
		super(DataPackageSchema.AGREEMENTS);
		this.agreements = agreements;
	}

	@Override
	@Nullable AgreementValues values(CsvRow row) {
		row.id("id", true);
		String partyA = row.id("party_a", true);
		String partyB = row.id("party_b", true);
		AgreementType type = row.code("type", AgreementType.class, true);
		PartialDate signed = row.date("signed", true);
		AgreementStatus status = row.code("status", AgreementStatus.class, false);
		PartialDate ended = row.date("ended", false);
		PartialDate termEnds = row.date("term_ends", false);
		PartialDate renewed = row.date("renewed", false);
		String supersedes = row.id("supersedes", false);
		List<Category> purposes = purposes(row);
		if (!row.usable() || partyA == null || partyB == null || type == null || signed == null) {
			return null;
		}
		return new AgreementValues(new GovernmentId(partyA), new GovernmentId(partyB), type, signed, status, ended,
				termEnds, renewed, row.text("council_resolution"),
				(supersedes != null) ? new AgreementId(supersedes) : null, purposes, row.text("source"),
				row.text("notes"));
	}

	@Override
	@Nullable String dependency(AgreementValues values) {
		return (values.supersedes() != null) ? values.supersedes().value() : null;
	}

	@Override
	BulkWriter<Parsed<AgreementValues>> writer() {
		BulkWriter<UpsertAgreement> writer = this.agreements.bulkWriter();
		return batch -> writer
			.write(batch.stream().map(p -> new UpsertAgreement(new AgreementId(p.id()), p.values())).toList());
	}

	private static List<Category> purposes(CsvRow row) {
		String text = row.text("purposes");
		List<Category> purposes = new ArrayList<>();
		if (text == null) {
			return purposes;
		}
		for (String code : text.split(";", -1)) {
			try {
				purposes.add(Category.valueOf(code.strip()));
			}
			catch (IllegalArgumentException ex) {
				row.fail("purposes", "import.cell.purposes", code.strip(),
						String.join(", ", java.util.Arrays.stream(Category.values()).map(Enum::name).toList()));
				return purposes;
			}
		}
		return purposes;
	}

}
