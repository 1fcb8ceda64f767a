package org.twinningregistry.importexport.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.twinningregistry.importexport.format.DataPackageSchema;
import org.twinningregistry.importexport.format.SchemaField;
import org.twinningregistry.importexport.format.TableSchema;

/**
 * How a table's sheet looks, in the template and in the export alike: the spec's columns
 * as a frozen, bold header (required columns shaded), widths to suit, text columns
 * formatted as text (so that {@code 2019-05} stays what was typed, not a date), and a
 * drop-down list on every coded column and on {@code country}.
 */
final class SheetLayout {

	private static final int MAX_WIDTH = 60;

	private final SXSSFWorkbook workbook;

	private final CodeLists codes;

	private final CellStyle text;

	private final CellStyle header;

	private final CellStyle requiredHeader;

	SheetLayout(SXSSFWorkbook workbook, CodeLists codes) {
		this.workbook = workbook;
		this.codes = codes;
		this.text = workbook.createCellStyle();
		this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header = workbook.createCellStyle();
		this.header.setFont(bold);
		this.requiredHeader = workbook.createCellStyle();
		this.requiredHeader.setFont(bold);
		this.requiredHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		this.requiredHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	/** The style of a text cell. */
	CellStyle text() {
		return this.text;
	}

	/** Creates the table's sheet with its header row. */
	SXSSFSheet sheet(TableSchema table) {
		SXSSFSheet sheet = this.workbook.createSheet(table.name());
		SXSSFRow row = sheet.createRow(0);
		for (int i = 0; i < table.fields().size(); i++) {
			SchemaField field = table.fields().get(i);
			row.createCell(i).setCellValue(field.name());
			row.getCell(i).setCellStyle(field.required() ? this.requiredHeader : this.header);
			sheet.setColumnWidth(i, 256 * width(field));
			if (isText(field)) {
				sheet.setDefaultColumnStyle(i, this.text);
			}
			String list = this.codes.formula(field.name());
			if (list != null) {
				dropDown(sheet, i, list);
			}
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, table.fields().size() - 1));
		return sheet;
	}

	static boolean isText(SchemaField field) {
		return field.type().equals("string");
	}

	private static void dropDown(SXSSFSheet sheet, int column, String list) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(list),
				new CellRangeAddressList(1, lastRow, column, column));
		validation.setEmptyCellAllowed(true);
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		sheet.addValidationData(validation);
	}

	/** Characters wide: enough for the header and for a typical value. */
	private static int width(SchemaField field) {
		int typical;
		if (!field.codes().isEmpty()) {
			typical = field.codes().stream().mapToInt(String::length).max().orElse(8) + 4;
		}
		else if (!isText(field) || DataPackageSchema.DATE_PATTERN.equals(field.pattern())) {
			typical = 12;
		}
		else if (DataPackageSchema.ID_PATTERN.equals(field.pattern())) {
			typical = 24;
		}
		else {
			typical = (field.pattern() != null) ? 12 : 32;
		}
		return Math.min(MAX_WIDTH, Math.max(field.name().length() + 4, typical));
	}

}
