package org.twinningregistry;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.document.DocumentKind;
import org.twinningregistry.document.DocumentVisibility;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementMode;
import org.twinningregistry.engagement.OfficialLevel;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.shared.Category;
import org.twinningregistry.workflow.HistoryAction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text of the pages comes from the message bundles, in English and in
 * French: the keys templates and page controllers name exist in both languages, both
 * languages have the same keys, every code a page shows has a label, and no template
 * carries literal text.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java/org/twinningregistry");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");

	private static final Pattern CODE_KEY = Pattern.compile(
			"\"((?:ui|form|gazetteer|agreement|engagement|account|analytics|reporting|document|continuity|strategy)\\.[a-z][\\w.-]*)\"");

	private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*\\p{L}[^<]*)<");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<!th:)\\b(placeholder|title|alt|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");

	private final Properties english = bundle("i18n/pages.properties", "messages.properties");

	private final Properties french = bundle("i18n/pages_fr.properties", "messages_fr.properties");

	@Test
	void everyKeyTheTemplatesUseExistsInEnglishAndFrench() throws IOException {
		// given
		Set<String> keys = keys(TEMPLATES, ".html", TEMPLATE_KEY);
		// when
		Set<String> missingInEnglish = missing(keys, this.english);
		Set<String> missingInFrench = missing(keys, this.french);
		// then
		assertThat(keys).hasSizeGreaterThan(100);
		assertThat(missingInEnglish).as("keys missing from pages.properties / messages.properties").isEmpty();
		assertThat(missingInFrench).as("keys missing from pages_fr.properties / messages_fr.properties").isEmpty();
	}

	@Test
	void everyKeyThePageControllersNameExistsInEnglishAndFrench() throws IOException {
		// given
		Set<String> keys = keys(JAVA, ".java", CODE_KEY);
		// when / then
		assertThat(keys).contains("gazetteer.flash.created", "engagement.figure.label");
		assertThat(missing(keys, this.english)).isEmpty();
		assertThat(missing(keys, this.french)).isEmpty();
	}

	@Test
	void englishAndFrenchBundlesHaveTheSameKeys() {
		// given
		Properties pages = bundle("i18n/pages.properties");
		Properties pagesFr = bundle("i18n/pages_fr.properties");
		Properties messages = bundle("messages.properties");
		Properties messagesFr = bundle("messages_fr.properties");
		// when / then
		assertThat(pagesFr.stringPropertyNames()).isEqualTo(pages.stringPropertyNames());
		assertThat(messagesFr.stringPropertyNames()).isEqualTo(messages.stringPropertyNames());
		assertThat(pagesFr.values()).as("no empty translation").allMatch(text -> !text.toString().isBlank());
	}

	@Test
	void everyCodeThePagesShowHasALabelInBothLanguages() {
		// given
		List<String> keys = new ArrayList<>();
		for (Class<? extends Enum<?>> type : List.of(GovernmentLevel.class, AgreementType.class, AgreementStatus.class,
				Category.class, EngagementForm.class, EngagementMode.class, OfficialLevel.class, DocumentKind.class,
				DocumentVisibility.class, HistoryAction.class)) {
			Stream.of(type.getEnumConstants())
				.forEach(code -> keys.add("enum." + type.getSimpleName() + "." + code.name()));
		}
		// when / then
		assertThat(missing(new TreeSet<>(keys), this.english)).isEmpty();
		assertThat(missing(new TreeSet<>(keys), this.french)).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralVisibleText() throws IOException {
		// given
		List<String> literals = new ArrayList<>();
		// when
		for (Path template : files(TEMPLATES, ".html")) {
			String html = Files.readString(template, StandardCharsets.UTF_8)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "");
			// attribute values may hold ">" (th:if="${n > 1}"): blank them before looking
			// between tags
			collect(template, TEXT_NODE.matcher(html.replaceAll("=\"[^\"]*\"", "=\"\"")), 1, literals);
			collect(template, LITERAL_ATTRIBUTE.matcher(html), 2, literals);
		}
		// then
		assertThat(literals).as("literal text in templates: use th:text=\"#{...}\"").isEmpty();
	}

	private static void collect(Path template, Matcher matcher, int group, List<String> literals) {
		while (matcher.find()) {
			if (!matcher.group(group).isBlank()) {
				literals.add(TEMPLATES.relativize(template) + ": " + matcher.group(group).strip());
			}
		}
	}

	private static Set<String> keys(Path root, String suffix, Pattern pattern) throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path file : files(root, suffix)) {
			Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
		}
		return keys;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static Set<String> missing(Set<String> keys, Properties bundle) {
		Set<String> missing = new TreeSet<>(keys);
		missing.removeAll(bundle.stringPropertyNames());
		return missing;
	}

	private static Properties bundle(String... resources) {
		Properties properties = new Properties();
		for (String resource : resources) {
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", resource),
					StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot read " + resource, ex);
			}
		}
		return properties;
	}

}
