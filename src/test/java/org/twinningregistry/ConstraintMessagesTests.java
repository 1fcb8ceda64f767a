package org.twinningregistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Bean Validation constraint the registry's code puts on a field, a record
 * component or a parameter (a request body's, a query parameter's) words its refusal
 * through the registry's messages, in English and in French: its message is a
 * {@code {key}} of {@code messages.properties} and of {@code messages_fr.properties}, and
 * the two texts differ. The framework's own texts ("must be less than or equal to 90")
 * never reach a reader.
 */
class ConstraintMessagesTests {

	private final Properties english = bundle("messages.properties");

	private final Properties french = bundle("messages_fr.properties");

	@Test
	void everyConstraintInUseIsWordedInEnglishAndFrench() {
		Map<String, String> used = used();
		List<String> failures = new ArrayList<>();
		used.forEach((message, where) -> {
			if (!message.startsWith("{") || !message.endsWith("}")) {
				failures.add(where + ": the message '" + message + "' is no {key} of the messages");
				return;
			}
			String key = message.substring(1, message.length() - 1);
			String en = this.english.getProperty(key);
			String fr = this.french.getProperty(key);
			if (en == null || fr == null) {
				failures.add(where + ": " + key + " is missing from " + ((en == null) ? "messages.properties " : "")
						+ ((fr == null) ? "messages_fr.properties" : ""));
			}
			else if (en.equals(fr)) {
				failures.add(where + ": " + key + " is not translated");
			}
		});
		assertThat(used).as("constraints found").hasSizeGreaterThan(10);
		assertThat(failures).isEmpty();
	}

	/** Each message template in use, and one place that uses it. */
	private static Map<String, String> used() {
		Map<String, String> used = new TreeMap<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.twinningregistry")) {
			Class<?> reflected = type.reflect();
			for (AnnotatedElement element : elements(reflected)) {
				for (Annotation annotation : element.getAnnotations()) {
					collect(annotation, reflected.getName() + " " + element, used);
				}
			}
		}
		return used;
	}

	private static List<AnnotatedElement> elements(Class<?> type) {
		List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
		if (type.isRecord()) {
			elements.addAll(List.of(type.getRecordComponents()));
			for (RecordComponent component : type.getRecordComponents()) {
				addType(component.getAnnotatedType(), elements);
			}
		}
		Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
			.map(Executable.class::cast)
			.forEach(executable -> {
				elements.add(executable);
				for (Parameter parameter : executable.getParameters()) {
					elements.add(parameter);
					addType(parameter.getAnnotatedType(), elements);
				}
			});
		return elements;
	}

	/** A type and the types in it ({@code List<@NotNull GrantBody>}). */
	private static void addType(AnnotatedType type, List<AnnotatedElement> elements) {
		elements.add(type);
		if (type instanceof AnnotatedParameterizedType generic) {
			for (AnnotatedType argument : generic.getAnnotatedActualTypeArguments()) {
				addType(argument, elements);
			}
		}
	}

	/**
	 * A constraint's message, as it is set where it is used (or its default); composed
	 * constraints report their own message alone.
	 */
	private static void collect(Annotation annotation, String where, Map<String, String> used) {
		if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
			return;
		}
		try {
			Method message = annotation.annotationType().getMethod("message");
			used.putIfAbsent(String.valueOf(message.invoke(annotation)),
					where + " @" + annotation.annotationType().getSimpleName());
		}
		catch (ReflectiveOperationException ex) {
			used.putIfAbsent("(no message)", where);
		}
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = ConstraintMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
