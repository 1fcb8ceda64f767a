package org.twinningregistry.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	@Test
	void keepsThePrecisionItWasGivenIn() {
		// then
		assertThat(PartialDate.parse("2008").toString()).isEqualTo("2008");
		assertThat(PartialDate.parse("2008-05").toString()).isEqualTo("2008-05");
		assertThat(PartialDate.parse("2008-05-19").toString()).isEqualTo("2008-05-19");
		assertThat(PartialDate.parse("2008-05").precision()).isEqualTo(PartialDate.Precision.MONTH);
	}

	@Test
	void standsForThePeriodItNames() {
		// then
		assertThat(PartialDate.parse("2020").firstDay()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(PartialDate.parse("2020").lastDay()).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(PartialDate.parse("2020-02").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
		assertThat(PartialDate.parse("2020-02-03").lastDay()).isEqualTo(LocalDate.of(2020, 2, 3));
	}

	@Test
	void rejectsWhatIsNotADate() {
		// then
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2019-02-29"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2019-13"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("19"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2019/05/01"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2019-5-1"));
	}

	@Test
	void foldsCaseAndAccentsButKeepsHangul() {
		// then
		assertThat(Text.fold("  Montréal ")).isEqualTo("montreal");
		assertThat(Text.fold("ŁÓDŹ")).isEqualTo("łodz");
		assertThat(Text.fold("화성시")).isEqualTo("화성시");
		assertThat(Text.fold("L’Assomption")).isEqualTo("l'assomption");
	}

}
