package org.twinningregistry.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request field that refers to another record by its id, and reads either the id
 * ({@code "partyA": "CA-BC-victoria"}) or the object a read of the API shows in its place
 * ({@code "partyA": {"id": "CA-BC-victoria", "name": "Victoria", …}}), of which it takes
 * the {@code id}: what {@code GET} answers can be sent back as it is. Put it on a
 * {@code String} component of an API request record; anything else (a number, an array,
 * an object without a string {@code id}) is refused as unreadable.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@JacksonAnnotationsInside
@JsonDeserialize(using = IdReference.Reader.class)
public @interface IdReference {

	/** Reads an id, or the id of an object. */
	class Reader extends ValueDeserializer<String> {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				return parser.getString();
			}
			if (parser.currentToken() == JsonToken.START_OBJECT) {
				JsonNode node = context.readTree(parser);
				JsonNode id = node.get("id");
				if (id != null && id.isString()) {
					return id.asString();
				}
			}
			return (String) context.handleUnexpectedToken(String.class, parser);
		}

	}

}
