package org.twinningregistry.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What a password must be, as NIST SP 800-63B asks: long enough (12 to 128 characters),
 * free of control characters, and not one that is guessed early — a common password (the
 * 10,000 most common, shipped as {@code account/common-passwords.txt}, also with digits
 * or symbols around it and with common letter swaps such as {@code p@ssw0rd}), a pattern
 * (one character repeated, a sequence such as {@code 123456789012} or {@code abcdef…}, a
 * keyboard walk such as {@code qwertyuiop} or {@code 1qaz2wsx3edc}), or the user name or
 * the service's name.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final List<String> CONTEXT_WORDS = List.of("password", "passwort", "motdepasse", "twinning",
			"registry", "registre");

	private static final String[] KEYBOARD = { "`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./" };

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * The message code of the first rule the password breaks, or {@code null} when it
	 * keeps them all.
	 */
	public static @Nullable String problem(@Nullable String username, @Nullable String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return "rule.account.password.length";
		}
		if (password.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
			return "rule.account.password.control";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		String plain = unswapped(lower);
		if (!name.isEmpty() && (lower.equals(name) || plain.equals(name)
				|| (name.length() >= 4 && (lower.contains(name) || plain.contains(name))))) {
			return "rule.account.password.username";
		}
		if (CONTEXT_WORDS.stream().anyMatch(plain::contains)) {
			return "rule.account.password.context";
		}
		if (isPattern(lower)) {
			return "rule.account.password.trivial";
		}
		if (isCommon(lower)) {
			return "rule.account.password.common";
		}
		return null;
	}

	/**
	 * Whether it is on the list: as typed, without the digits and symbols before or after
	 * it, and each of these with the usual letter swaps undone.
	 */
	private static boolean isCommon(String lower) {
		int from = 0;
		int to = lower.length();
		while (from < to && !Character.isLetter(lower.charAt(from))) {
			from++;
		}
		while (to > from && !Character.isLetter(lower.charAt(to - 1))) {
			to--;
		}
		return Stream.of(lower, lower.substring(from, to), lower.substring(0, to), lower.substring(from))
			.filter(word -> word.length() >= 4)
			.flatMap(word -> Stream.of(word, unswapped(word)))
			.anyMatch(COMMON::contains);
	}

	/**
	 * Whether it is a pattern: few distinct characters, or at most one step in five that
	 * is neither a repeat, the next or previous character, nor a neighbouring key.
	 */
	private static boolean isPattern(String lower) {
		if (lower.codePoints().distinct().count() <= 3) {
			return true;
		}
		int jumps = 0;
		for (int i = 1; i < lower.length(); i++) {
			char previous = lower.charAt(i - 1);
			char current = lower.charAt(i);
			if (Math.abs(current - previous) > 1 && !neighbours(previous, current)) {
				jumps++;
			}
		}
		return jumps * 5 <= lower.length();
	}

	private static boolean neighbours(char a, char b) {
		int[] one = key(a);
		int[] two = key(b);
		if (one == null || two == null) {
			return false;
		}
		int rows = Math.abs(one[0] - two[0]);
		int columns = two[1] - one[1];
		return (rows == 0 && Math.abs(columns) == 1) || (rows == 1 && Math.abs(columns) <= 1);
	}

	private static int @Nullable [] key(char c) {
		for (int row = 0; row < KEYBOARD.length; row++) {
			int column = KEYBOARD[row].indexOf(c);
			if (column >= 0) {
				return new int[] { row, column };
			}
		}
		return null;
	}

	/**
	 * The password with the usual letter swaps undone: {@code p@55w0rd} →
	 * {@code password}.
	 */
	private static String unswapped(String lower) {
		StringBuilder plain = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			plain.append(switch (c) {
				case '@', '4' -> 'a';
				case '8' -> 'b';
				case '3' -> 'e';
				case '1', '!' -> 'i';
				case '0' -> 'o';
				case '$', '5' -> 's';
				case '7', '+' -> 't';
				default -> c;
			});
		}
		return plain.toString();
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(16_384);
		try (InputStream in = Objects.requireNonNull(
				PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt"),
				"account/common-passwords.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
