package org.twinningregistry;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.twinningregistry.importexport.DataPackageFixtures;

/**
 * Malformed requests for one write endpoint of the API, drawn from a seeded
 * {@link Random} so that a run can be repeated: a valid-looking body built from the
 * endpoint's request record (by reflection, with the fixture's ids where a field names
 * one), then one fault at a time — a field of the wrong JSON type, missing, huge, out of
 * range, with control characters or lone surrogates, a bad date or enum; a truncated,
 * deeply nested or non-JSON body; a wrong content type; a bad query parameter or
 * percent-encoding; an id with slashes.
 */
final class BadInputs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Values of the wrong kind or out of any sensible range, for any field. */
	private static final List<Supplier<Object>> BAD_VALUES = List.of(() -> null, () -> "", () -> "   ", () -> 12345,
			() -> -1, () -> Long.MIN_VALUE, () -> new java.math.BigInteger("99999999999999999999999"), () -> 1.5e308,
			() -> -0.0, () -> true, () -> List.of(), () -> List.of(1, "two", List.of()), () -> Map.of(),
			() -> Map.of("nested", Map.of("deeper", "x")), () -> "x".repeat(100_000), () -> "nul\u0000inside",
			() -> "\u202Eevil", () -> "line\r\nbreak", () -> "\uD800lone", () -> "+99999-01-01", () -> "0000-00-00",
			() -> "2020-13-45", () -> "-2020", () -> "NOT_A_VALUE", () -> "a/b", () -> "../../etc", () -> "%2F",
			() -> "%ZZ", () -> "<script>x</script>", () -> "9".repeat(400), () -> "1e999", () -> "😀".repeat(300));

	/** Bad values for a query parameter, written into the query as they are. */
	private static final List<String> BAD_PARAMETERS = List.of("", "%ZZ", "%C0%AF", "%ED%A0%80", "-1",
			"99999999999999999999", "yes", "true%00", "a%2Fb", "x".repeat(5_000), "%E2%80%AE", "NaN");

	/** Ids for a path variable, written into the path as they are. */
	private static final List<String> BAD_IDS = List.of("a%2Fb", "a/b", "..", "%2E%2E", "%ZZ", "x".repeat(3_000),
			"%C3%A9t%C3%A9", "-1", "99999999999999999999", "%20", "CON", "a%3Bb", "%00");

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=ISO-8859-1",
			"garbage", "application/zip");

	private final Random random;

	private final Map<String, String> ids;

	private int serial;

	BadInputs(long seed, Map<String, String> ids) {
		this.random = new Random(seed);
		this.ids = ids;
	}

	/** A write endpoint: one method and path pattern of a handler method. */
	record Endpoint(String method, String pattern, HandlerMethod handler, List<String> consumes) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

		Class<?> bodyType() {
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					return parameter.getParameterType();
				}
			}
			return null;
		}

		List<String> parameters() {
			List<String> names = new ArrayList<>();
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param != null) {
					String name = !param.name().isEmpty() ? param.name() : param.value();
					names.add(name.isEmpty() ? parameter.getParameterName() : name);
				}
			}
			return names;
		}

		boolean takesFiles() {
			return this.consumes.stream().anyMatch(type -> !type.contains("json"));
		}

	}

	/** A request to send and what it is, for the report. */
	record Case(String description, String target, String contentType, byte[] body) {

	}

	/** {@code count} malformed requests for the endpoint. */
	List<Case> cases(Endpoint endpoint, int count) {
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			cases.add(next(endpoint));
		}
		return cases;
	}

	private Case next(Endpoint endpoint) {
		Class<?> type = endpoint.bodyType();
		int kind = this.random.nextInt(10);
		if (kind < 5 && type != null && type.isRecord()) {
			return fieldFault(endpoint, type);
		}
		if (kind < 5 && endpoint.takesFiles()) {
			return fileFault(endpoint);
		}
		return switch (kind % 5) {
			case 0 -> bodyFault(endpoint, type);
			case 1 -> contentTypeFault(endpoint, type);
			case 2 -> parameterFault(endpoint, type);
			case 3 -> idFault(endpoint, type);
			default -> bodyFault(endpoint, type);
		};
	}

	private Case fieldFault(Endpoint endpoint, Class<?> type) {
		Map<String, Object> body = bodyOf(type);
		List<String> fields = new ArrayList<>(body.keySet());
		String field = fields.get(this.random.nextInt(fields.size()));
		if (this.random.nextInt(8) == 0) {
			body.remove(field);
			return json(endpoint, "without " + field, body);
		}
		Object bad = BAD_VALUES.get(this.random.nextInt(BAD_VALUES.size())).get();
		body.put(field, bad);
		return json(endpoint, field + " = " + abbreviate(String.valueOf(bad)), body);
	}

	private Case bodyFault(Endpoint endpoint, Class<?> type) {
		String good = (type != null && type.isRecord()) ? JSON.writeValueAsString(bodyOf(type)) : "{\"name\":\"x\"}";
		String contentType = endpoint.consumes().isEmpty() ? "application/json" : endpoint.consumes().get(0);
		int fault = this.random.nextInt(12);
		String body = switch (fault) {
			case 0 -> "";
			case 1 -> good.substring(0, 1 + this.random.nextInt(Math.max(1, good.length() - 1)));
			case 2 -> "[".repeat(5_000) + "]".repeat(5_000);
			case 3 -> "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
			case 4 -> "null";
			case 5 -> "[" + good + "]";
			case 6 -> "\"just a string\"";
			case 7 -> good.replaceFirst("\\{", "{\"unknownField\":\"x\",");
			case 8 -> good.replaceFirst("\\{", "{\"id\":\"dup-a\",\"id\":\"dup-b\",");
			case 9 -> "\uFEFF" + good;
			case 10 -> good.replace("\"", "'");
			default -> " ".repeat(200_000) + good;
		};
		byte[] bytes = (fault == 11 && this.random.nextBoolean()) ? invalidUtf8(good)
				: body.getBytes(StandardCharsets.UTF_8);
		return new Case("body fault " + fault, path(endpoint), contentType, bytes);
	}

	private Case fileFault(Endpoint endpoint) {
		String contentType = endpoint.consumes().get(this.random.nextInt(endpoint.consumes().size()));
		byte[] zip = DataPackageFixtures.zip(DataPackageFixtures.goodPackage());
		int fault = this.random.nextInt(6);
		byte[] body = switch (fault) {
			case 0 -> new byte[0];
			case 1 -> java.util.Arrays.copyOf(zip, 1 + this.random.nextInt(zip.length - 1));
			case 2 -> randomBytes(1 + this.random.nextInt(4096));
			case 3 -> DataPackageFixtures.zip(Map.of("governments.csv", "id,name\n\u0000,\uD800\n"));
			case 4 -> "city1,country1,city2,country2\n%ZZ,\u0000,\u202E,".repeat(50).getBytes(StandardCharsets.UTF_8);
			default -> ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.zip\"\r\n\r\n"
					+ "PK\u0003\u0004broken\r\n--x")
				.getBytes(StandardCharsets.ISO_8859_1);
		};
		if (contentType.startsWith("multipart/") && fault != 5) {
			contentType = "multipart/form-data; boundary=x";
		}
		return new Case("file fault " + fault + " as " + contentType, path(endpoint) + "?dryRun=true", contentType,
				body);
	}

	private Case contentTypeFault(Endpoint endpoint, Class<?> type) {
		String good = (type != null && type.isRecord()) ? JSON.writeValueAsString(bodyOf(type)) : "{}";
		String contentType = CONTENT_TYPES.get(this.random.nextInt(CONTENT_TYPES.size()));
		String body = contentType.startsWith("application/x-www-form") ? "name=%ZZ&id=%C0%AF" : good;
		return new Case("content type " + contentType, path(endpoint), contentType,
				body.getBytes(StandardCharsets.UTF_8));
	}

	private Case parameterFault(Endpoint endpoint, Class<?> type) {
		List<String> names = new ArrayList<>(endpoint.parameters());
		names.add("version");
		names.add("page");
		String name = names.get(this.random.nextInt(names.size()));
		String value = BAD_PARAMETERS.get(this.random.nextInt(BAD_PARAMETERS.size()));
		String good = (type != null && type.isRecord()) ? JSON.writeValueAsString(bodyOf(type)) : "";
		String contentType = (type != null) ? "application/json" : null;
		return new Case("parameter " + name + " = " + abbreviate(value), path(endpoint) + "?" + name + "=" + value,
				contentType, good.getBytes(StandardCharsets.UTF_8));
	}

	private Case idFault(Endpoint endpoint, Class<?> type) {
		String good = (type != null && type.isRecord()) ? JSON.writeValueAsString(bodyOf(type)) : "";
		String contentType = (type != null) ? "application/json" : null;
		if (!endpoint.pattern().contains("{")) {
			return new Case("path suffix", path(endpoint) + "/%ZZ/..%2F", contentType,
					good.getBytes(StandardCharsets.UTF_8));
		}
		String id = BAD_IDS.get(this.random.nextInt(BAD_IDS.size()));
		String target = endpoint.pattern().replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(id));
		return new Case("id " + abbreviate(id), target, contentType, good.getBytes(StandardCharsets.UTF_8));
	}

	private Case json(Endpoint endpoint, String description, Map<String, Object> body) {
		return new Case(description, path(endpoint), "application/json", JSON.writeValueAsBytes(body));
	}

	/** The endpoint's path with the fixture's id for every variable. */
	String path(Endpoint endpoint) {
		String path = endpoint.pattern();
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			if (path.startsWith(id.getKey())) {
				path = path.replaceFirst("\\{[^}]+}", id.getValue());
			}
		}
		return path.replace("{year}", "2024").replace("{government}", "victoria").replaceAll("\\{[^}]+}", "x");
	}

	/** A body that would pass, or nearly: every field with a plausible value. */
	Map<String, Object> bodyOf(Class<?> type) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			body.put(component.getName(), valueOf(component.getName(), component.getGenericType()));
		}
		return body;
	}

	private Object valueOf(String name, Type type) {
		Class<?> raw = (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
		if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
			Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
			return List.of(valueOf(name, element));
		}
		if (raw.isEnum()) {
			return raw.getEnumConstants()[0].toString();
		}
		if (raw.isRecord()) {
			return bodyOf(raw);
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return true;
		}
		if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
			return switch (name) {
				case "version" -> 0;
				case "year", "fromYear", "toYear" -> 2021;
				default -> 1;
			};
		}
		if (raw == LocalDate.class) {
			return "2021-05-01";
		}
		if (raw == Instant.class) {
			return "2030-01-01T00:00:00Z";
		}
		return stringFor(name);
	}

	private String stringFor(String name) {
		return switch (name) {
			case "id" -> "bad-input-" + (++this.serial);
			case "partyA", "origin", "government", "parent" -> "victoria";
			case "partyB" -> "seoul";
			case "agreement", "supersedes" -> "victoria-seoul";
			case "country" -> "CA";
			case "subdivision" -> "CA-BC";
			case "scope" -> "CA";
			case "username" -> "someone-" + (++this.serial);
			case "password", "currentPassword", "newPassword" -> "a-long-enough-passphrase";
			case "signed", "ended", "termEnds", "renewed", "date", "endDate" -> "2020";
			case "currency" -> "CAD";
			default -> "text";
		};
	}

	private byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] invalidUtf8(String good) {
		byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
		byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
		// a name's first letter replaced by bytes that are no UTF-8 at all
		int at = good.indexOf(":\"") + 2;
		if (at > 1 && at < bytes.length) {
			broken[at] = (byte) 0xC0;
			broken[at + 1] = (byte) 0xAF;
		}
		return broken;
	}

	private static String abbreviate(String value) {
		String shown = value.replaceAll("\\p{Cntrl}", "?");
		return (shown.length() > 40) ? shown.substring(0, 40) + "…(" + value.length() + ")" : shown;
	}

}
