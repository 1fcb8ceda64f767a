package org.twinningregistry.importexport.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A number cell as the text a clerk meant: a date as {@code YYYY-MM-DD} (or
 * {@code YYYY-MM}, {@code YYYY} when the cell's format shows no day, or no month), any
 * other number in plain decimal notation without a spurious {@code .0}. Whatever format
 * the spreadsheet shows the cell in, the import reads the same text.
 */
final class CellText extends DataFormatter {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

	private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu", Locale.ROOT);

	CellText() {
		super(Locale.ROOT);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
				&& DateUtil.isValidExcelDate(value)) {
			return date(DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate(), formatString);
		}
		return number(value);
	}

	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		BigDecimal number = BigDecimal.valueOf(value);
		return (number.signum() == 0) ? "0" : number.stripTrailingZeros().toPlainString();
	}

	/** The date with the precision its format shows. */
	static String date(LocalDate date, String formatString) {
		String parts = formatString.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
		boolean year = parts.contains("y");
		if (parts.contains("d") || !year) {
			return date.toString();
		}
		return parts.contains("m") ? date.format(MONTH) : date.format(YEAR);
	}

}
