package org.twinningregistry.document;

import org.junit.jupiter.api.Test;

import org.twinningregistry.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentTypesTests {

	@Test
	void recognisesAPdfAndAnImageByTheirBytes() {
		assertThat(DocumentTypes.detect(DocumentFixtures.pdf("x"), "scan.bin")).isEqualTo("application/pdf");
		assertThat(DocumentTypes.detect(DocumentFixtures.png(), "photo")).isEqualTo("image/png");
	}

	@Test
	void refusesAnExecutableWhateverItsName() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> DocumentTypes.detect(DocumentFixtures.executable(), "agreement.pdf"))
			.satisfies(ex -> {
				assertThat(ex.violations()).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo("file");
					assertThat(v.code()).isEqualTo("rule.document.type");
					assertThat(String.valueOf(v.arguments().get(0))).startsWith("application/x-msdownload");
				});
			});
	}

	@Test
	void namesTheOfficeFormatOfAnOfficeContainerByItsExtensionOnly() {
		assertThat(DocumentTypes.detect(DocumentFixtures.docx(), "resolution.docx"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> DocumentTypes.detect(DocumentFixtures.docx(), "resolution.bin"))
			.satisfies(ex -> assertThat(ex.violations().get(0).code()).isEqualTo("rule.document.office-extension"));
	}

	@Test
	void refusesAPlainZipNamedLikeAnOfficeDocument() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> DocumentTypes.detect(DocumentFixtures.zipFile(), "letter.docx"))
			.satisfies(ex -> assertThat(ex.violations().get(0).arguments()).containsExactly("application/zip"));
	}

	@Test
	void keepsOnlyTheLastPartOfAnUploadedNameWithoutCharactersAHeaderWouldChokeOn() {
		assertThat(DocumentIntake.fileName("C:\\Users\\me\\résolution \"2010\".pdf"))
			.isEqualTo("résolution _2010_.pdf");
		assertThat(DocumentIntake.fileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(DocumentIntake.fileName("a\u202Egnp.exe")).isEqualTo("agnp.exe");
		assertThat(DocumentIntake.fileName("..")).isEqualTo("document");
		assertThat(DocumentIntake.fileName(null)).isEqualTo("document");
	}

}
