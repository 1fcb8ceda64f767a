package org.twinningregistry.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a form's write and turns the registry's expected failures into form errors, so
 * that pages show a broken rule beside its field and a concurrent change as one message
 * above the form.
 */
public final class FormErrors {

	/** The message key of "someone else changed this record since you opened it". */
	public static final String STALE = "form.error.stale";

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,30})?|[+-]?\\.\\d{1,30}");

	private FormErrors() {
	}

	/**
	 * Runs the write unless the form already has errors.
	 * @return what the write returned, or empty if it failed and {@code errors} says why
	 */
	public static <T> Optional<T> write(Errors errors, Supplier<T> write) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(write.get());
		}
		catch (RuleViolationException ex) {
			ex.violations().forEach(violation -> reject(errors, violation));
		}
		catch (ConflictException ex) {
			if ("error.stale-version".equals(ex.code())) {
				errors.reject(STALE);
			}
			else {
				errors.reject(ex.code(), arguments(ex), ex.code());
			}
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject(STALE);
		}
		return Optional.empty();
	}

	/**
	 * Parses a form's text into a value: blank gives {@code null}; text the parser
	 * refuses ({@link IllegalArgumentException}) adds a violation of the field and gives
	 * {@code null}.
	 */
	public static <T> @Nullable T parse(String field, @Nullable String text, Function<String, T> parser, String code,
			List<Violation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (IllegalArgumentException ex) {
			violations.add(Violation.of(field, code, text));
			return null;
		}
	}

	/**
	 * A whole number typed into a form ({@code 1200}, {@code -3}): digits only, else a
	 * violation of the field ({@code import.cell.whole}) and {@code null}; blank gives
	 * {@code null}. Numbers are bound as text, so that one that cannot be read is
	 * reported beside the form's other errors instead of hiding them.
	 */
	public static @Nullable Long wholeNumber(String field, @Nullable String text, List<Violation> violations) {
		return parse(field, text, FormErrors::whole, "import.cell.whole", violations);
	}

	/**
	 * A decimal number typed into a form ({@code 49.25}, {@code -123.1}, {@code 1200}):
	 * digits with at most one decimal point, else a violation of the field
	 * ({@code import.cell.decimal}) and {@code null}; blank gives {@code null}.
	 */
	public static @Nullable BigDecimal decimalNumber(String field, @Nullable String text, List<Violation> violations) {
		return parse(field, text, FormErrors::decimal, "import.cell.decimal", violations);
	}

	/** A number as a form shows it again: without exponent, {@code null} as empty. */
	/**
	 * Codes typed in one field, separated by spaces, commas or semicolons
	 * ({@code "KR, JP"}); none for a blank field.
	 */
	public static List<String> codes(@Nullable String text) {
		return (text == null) ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(c -> !c.isBlank()).toList();
	}

	public static @Nullable String text(@Nullable Number number) {
		if (number == null) {
			return null;
		}
		return (number instanceof Double || number instanceof Float)
				? BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString() : number.toString();
	}

	private static Long whole(String text) {
		if (!WHOLE.matcher(text).matches()) {
			throw new IllegalArgumentException("not a whole number");
		}
		return Long.valueOf(text);
	}

	private static BigDecimal decimal(String text) {
		if (!DECIMAL.matcher(text).matches()) {
			throw new IllegalArgumentException("not a decimal number");
		}
		return new BigDecimal(text);
	}

	/**
	 * Runs a page's one-button write (submit, approve, return…) and flashes what became
	 * of it for the page the button redirects to: {@code message} when done, else the
	 * {@code problem} that stopped it (the first rule broken, a conflict, a concurrent
	 * change).
	 * @return whether the write was done
	 */
	public static boolean flash(RedirectAttributes redirect, String message, Runnable write) {
		try {
			write.run();
			redirect.addFlashAttribute("message", message);
			return true;
		}
		catch (RuleViolationException ex) {
			Violation first = ex.violations().get(0);
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(new String[] { first.code() },
					serializable(first.argumentArray()), first.code()));
		}
		catch (RegistryException ex) {
			redirect.addFlashAttribute("problem", message(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(STALE));
		}
		return false;
	}

	/**
	 * The exception's message, with its {@code kind.*} arguments resolved as message keys
	 * too.
	 */
	public static MessageSourceResolvable message(RegistryException ex) {
		String code = "error.stale-version".equals(ex.code()) ? STALE : ex.code();
		return new DefaultMessageSourceResolvable(new String[] { code }, serializable(arguments(ex)), code);
	}

	/**
	 * The arguments as a flash attribute may hold them: flash attributes live in the
	 * session, which the database keeps (serialized) for every instance; an argument that
	 * cannot be serialized is kept as the text a message would show of it.
	 */
	private static Object[] serializable(Object[] arguments) {
		return Arrays.stream(arguments)
			.map(argument -> (argument instanceof Serializable) ? argument : String.valueOf(argument))
			.toArray();
	}

	static void reject(Errors errors, Violation violation) {
		if (violation.field() != null) {
			try {
				errors.rejectValue(violation.field(), violation.code(), violation.argumentArray(), violation.code());
				return;
			}
			catch (NotReadablePropertyException ex) {
				// a rule on a value the form does not show: report it above the form
			}
		}
		errors.reject(violation.code(), violation.argumentArray(), violation.code());
	}

	private static Object[] arguments(RegistryException ex) {
		return Arrays.stream(ex.arguments())
			.map(argument -> (argument instanceof String key && key.startsWith("kind."))
					? new DefaultMessageSourceResolvable(key) : argument)
			.toArray();
	}

}
