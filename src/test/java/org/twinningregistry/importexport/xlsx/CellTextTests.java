package org.twinningregistry.importexport.xlsx;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTests {

	private final CellText text = new CellText();

	@Test
	void writesNumbersWithoutSpuriousDecimals() {
		// when / then
		assertThat(this.text.formatRawCellContents(2019.0, 0, "General")).isEqualTo("2019");
		assertThat(this.text.formatRawCellContents(6115047.0, 0, "General")).isEqualTo("6115047");
		assertThat(this.text.formatRawCellContents(-73.58781, 0, "General")).isEqualTo("-73.58781");
		assertThat(this.text.formatRawCellContents(1500.5, 4, "#,##0.00")).isEqualTo("1500.5");
		assertThat(this.text.formatRawCellContents(0.0, 0, "General")).isEqualTo("0");
	}

	@Test
	void writesDatesAsIsoWithThePrecisionTheirFormatShows() {
		// given
		double may19 = DateUtil.getExcelDate(LocalDate.of(2008, 5, 19));

		// when / then
		assertThat(this.text.formatRawCellContents(may19, 14, "m/d/yy")).isEqualTo("2008-05-19");
		assertThat(this.text.formatRawCellContents(may19, 164, "dd\\.mm\\.yyyy")).isEqualTo("2008-05-19");
		assertThat(this.text.formatRawCellContents(may19, 17, "mmm-yy")).isEqualTo("2008-05");
		assertThat(this.text.formatRawCellContents(may19, 165, "mmmm yyyy")).isEqualTo("2008-05");
		assertThat(this.text.formatRawCellContents(may19, 166, "yyyy")).isEqualTo("2008");
		assertThat(this.text.formatRawCellContents(may19, 167, "[$-409]d mmmm yyyy;@")).isEqualTo("2008-05-19");
	}

}
