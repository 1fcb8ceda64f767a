package org.twinningregistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 requests written byte for byte to the running server on loopback: unlike an
 * HTTP client it sends what a hostile client sends (a malformed percent-encoding, a
 * {@code %00} in the path, any {@code Host}).
 */
public final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final String method;

	private final String target;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private byte[] body = new byte[0];

	private RawHttp(int port, String method, String target) {
		this.port = port;
		this.method = method;
		this.target = target;
		this.headers.put("Host", "localhost:" + port);
	}

	public static RawHttp request(int port, String method, String target) {
		return new RawHttp(port, method, target);
	}

	public RawHttp header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public RawHttp basic(String username, String password) {
		return header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	public RawHttp body(String contentType, byte[] content) {
		this.body = content;
		return header("Content-Type", contentType);
	}

	public RawHttp body(String contentType, String content) {
		return body(contentType, content.getBytes(StandardCharsets.UTF_8));
	}

	public Answer send() throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(60_000);
			StringBuilder head = new StringBuilder(this.method + " " + this.target + " HTTP/1.1\r\n");
			this.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (this.body.length > 0 || !this.method.equals("GET")) {
				head.append("Content-Length: ").append(this.body.length).append("\r\n");
			}
			head.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			out.write(this.body);
			out.flush();
			return Answer.parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				all.write(buffer, 0, n);
			}
		}
		catch (java.net.SocketException ex) {
			// the server closed the connection after answering (a refused upload)
			if (all.size() == 0) {
				throw ex;
			}
		}
		return all.toByteArray();
	}

	/** An answer: its status, headers (names in lower case) and body. */
	public record Answer(int status, Map<String, List<String>> headers, byte[] content) {

		static Answer parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, (end < 0) ? text.length() : end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers
					.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							k -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).trim());
			}
			byte[] content = (end < 0) ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
			if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
				content = dechunk(content);
			}
			return new Answer(status, headers, content);
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = indexOf(chunked, at);
				if (lineEnd < 0) {
					break;
				}
				String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
				int length = Integer.parseInt(size, 16);
				if (length == 0) {
					break;
				}
				out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
				at = lineEnd + 2 + length + 2;
			}
			return out.toByteArray();
		}

		private static int indexOf(byte[] bytes, int from) {
			for (int i = from; i + 1 < bytes.length; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			return -1;
		}

		/** The body as text. */
		public String body() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null) ? null : String.join(", ", values);
		}

		/** Every header line, as {@code name: value} lines. */
		public String headerLines() {
			StringBuilder lines = new StringBuilder();
			this.headers
				.forEach((name, values) -> values.forEach(v -> lines.append(name).append(": ").append(v).append('\n')));
			return lines.toString();
		}

		public JsonNode json() {
			return JSON.readTree(this.content);
		}

		/**
		 * Whether this is an RFC 9457 problem: {@code application/problem+json} with a
		 * {@code type}, {@code title}, {@code status} (the answer's) and {@code code}.
		 */
		public boolean isProblem() {
			String type = header("content-type");
			if (type == null || !type.startsWith("application/problem+json")) {
				return false;
			}
			try {
				JsonNode problem = json();
				return problem.hasNonNull("type") && problem.hasNonNull("title") && problem.hasNonNull("code")
						&& problem.path("status").asInt() == this.status;
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

		public String code() {
			return json().path("code").asString();
		}

	}

}
