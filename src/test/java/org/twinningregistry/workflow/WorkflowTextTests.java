package org.twinningregistry.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowTextTests {

	@Test
	void diffListsTheFieldsWhoseTextChangedInTheOrderOfTheNewValues() {
		// given
		Map<String, @Nullable String> before = new LinkedHashMap<>();
		before.put("signed", "2010-07");
		before.put("notes", null);
		before.put("source", "https://example.org");
		Map<String, @Nullable String> after = new LinkedHashMap<>();
		after.put("signed", "2010-08");
		after.put("notes", "Renewed");
		after.put("source", "https://example.org");

		// when / then
		assertThat(WorkflowText.diff(before, after)).containsExactly(new FieldChange("signed", "2010-07", "2010-08"),
				new FieldChange("notes", null, "Renewed"));
		assertThat(WorkflowText.diff(Map.of(), Map.of("title", "Visit")))
			.containsExactly(new FieldChange("title", null, "Visit"));
		assertThat(WorkflowText.diff(after, after)).isEmpty();
	}

	@Test
	void partiesAreStoredCommaSeparated() {
		// when / then
		assertThat(WorkflowText.parties("burnaby,hwaseong")).extracting(Object::toString)
			.containsExactly("burnaby", "hwaseong");
		assertThat(WorkflowText.parties("")).isEmpty();
	}

}
