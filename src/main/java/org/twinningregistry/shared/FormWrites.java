package org.twinningregistry.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Runs a page form's write so that the person sees every field's error at once, next to
 * its field: a value that could not be read (text in a number field) no longer hides the
 * others. When the form has errors already, its remaining constraints are checked (Spring
 * skips them once one value cannot be converted), the values that can be read are read,
 * and the write is tried with them in a transaction that is always rolled back, so that
 * the registry's rules report the fields still without an error; nothing is written.
 * Without errors it writes as {@link FormErrors#write} does.
 */
@Component
public class FormWrites {

	private final TransactionTemplate trial;

	private final SmartValidator validator;

	FormWrites(PlatformTransactionManager transactions, SmartValidator validator) {
		this.trial = new TransactionTemplate(transactions);
		this.validator = validator;
	}

	/**
	 * Reads the form's values and writes them, unless the form has errors, in which case
	 * every error is found.
	 * @param read the form's values, each value that cannot be read (a malformed date, a
	 * word for a number) added to the list given and left out of the values
	 * @param write the write of those values
	 * @return what the write returned, or empty if the form has errors (all of them in
	 * {@code errors})
	 */
	public <V, T> Optional<T> write(BindingResult errors, Function<List<Violation>, V> read, Function<V, T> write) {
		if (errors.getTarget() == null) {
			// a value no form field can give (a tampered choice): the form was not made
			return Optional.empty();
		}
		List<Violation> unreadable = new ArrayList<>();
		V values = read(errors, read, unreadable);
		if (!errors.hasErrors() && unreadable.isEmpty()) {
			return FormErrors.write(errors, () -> write.apply(Objects.requireNonNull(values)));
		}
		unreadable.forEach(violation -> rejectUnlessInError(errors, violation));
		validateTheRest(errors);
		if (values != null) {
			tryWrite(errors, () -> write.apply(values));
		}
		return Optional.empty();
	}

	/**
	 * The form's values, or {@code null} when what could not be read leaves no record to
	 * check (a text with a refused character, a missing required value).
	 */
	private static <V> @Nullable V read(BindingResult errors, Function<List<Violation>, V> read,
			List<Violation> unreadable) {
		try {
			return read.apply(unreadable);
		}
		catch (RuleViolationException ex) {
			unreadable.addAll(ex.violations());
			return null;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			if (!errors.hasErrors() && unreadable.isEmpty()) {
				throw ex;
			}
			return null;
		}
	}

	/**
	 * Tries the write in a transaction always rolled back, adding the rules' violations
	 * of the fields still without an error.
	 */
	private void tryWrite(BindingResult errors, Runnable write) {
		this.trial.executeWithoutResult(status -> {
			status.setRollbackOnly();
			try {
				write.run();
			}
			catch (RuleViolationException ex) {
				ex.violations().forEach(violation -> rejectUnlessInError(errors, violation));
			}
			catch (RegistryException | DataAccessException | IllegalArgumentException | NullPointerException ex) {
				// a conflict, or a record made of what could not be read: the real write,
				// once the form is corrected, reports what still applies
			}
		});
	}

	private static void rejectUnlessInError(BindingResult errors, Violation violation) {
		if (violation.field() == null || !errors.hasFieldErrors(violation.field())) {
			FormErrors.reject(errors, violation);
		}
	}

	/**
	 * The bean constraints of the fields not in error yet: Spring checks none of them
	 * when a value could not be converted.
	 */
	private void validateTheRest(BindingResult errors) {
		Object form = Objects.requireNonNull(errors.getTarget());
		BeanPropertyBindingResult constraints = new BeanPropertyBindingResult(form, errors.getObjectName());
		this.validator.validate(form, constraints);
		for (FieldError error : constraints.getFieldErrors()) {
			if (!errors.hasFieldErrors(error.getField())) {
				errors.addError(error);
			}
		}
	}

}
