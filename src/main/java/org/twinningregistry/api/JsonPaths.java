package org.twinningregistry.api;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;

/** Finds which JSON field a request body failed to read at. */
final class JsonPaths {

	private JsonPaths() {
	}

	static @Nullable String fieldOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				return databind.getPath()
					.stream()
					.map(ref -> (ref.getPropertyName() != null) ? ref.getPropertyName()
							: String.valueOf(ref.getIndex()))
					.collect(Collectors.joining("."));
			}
		}
		return null;
	}

}
