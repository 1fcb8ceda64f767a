package org.twinningregistry.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link PartialDate} as the text it was given in, so its precision survives.
 */
@Converter(autoApply = true)
public class PartialDateConverter implements AttributeConverter<PartialDate, String> {

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable PartialDate date) {
		return (date != null) ? date.toString() : null;
	}

	@Override
	public @Nullable PartialDate convertToEntityAttribute(@Nullable String text) {
		return PartialDate.parseOrNull(text);
	}

}
