package org.twinningregistry.importexport.format;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * How a value is written in a cell: nothing for no value, codes by name, dates with the
 * precision they were given, numbers in plain decimal notation without trailing zeros (so
 * that a value read back and written again gives the same text).
 */
public final class Cells {

	private Cells() {
	}

	public static String of(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		if (value instanceof BigDecimal number) {
			return (number.signum() == 0) ? "0" : number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Enum<?> code) {
			return code.name();
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(Cells::of).collect(Collectors.joining(";"));
		}
		return value.toString();
	}

}
