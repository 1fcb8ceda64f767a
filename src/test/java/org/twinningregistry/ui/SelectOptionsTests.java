package org.twinningregistry.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Options written at once: in the map's order, the chosen one selected, values and names
 * escaped.
 */
class SelectOptionsTests {

	private final SelectOptions options = new SelectOptions();

	@Test
	void writesTheOptionsInOrderWithTheChosenOneSelected() {
		// given
		Map<String, String> countries = new LinkedHashMap<>();
		countries.put("CA", "Canada");
		countries.put("KR", "South Korea");

		// when
		String html = this.options.of(countries, "KR");

		// then
		assertThat(html).isEqualTo("<option value=\"CA\">Canada</option>\n"
				+ "<option value=\"KR\" selected=\"selected\">South Korea</option>\n");
		assertThat(this.options.of(countries, null)).doesNotContain("selected");
		assertThat(this.options.of(Map.of(), "CA")).isEmpty();
	}

	@Test
	void escapesValuesAndNames() {
		// when
		String html = this.options.of(Map.of("a\"><script>", "Côte d'Ivoire <b>&</b>"), null);

		// then
		assertThat(html).isEqualTo("<option value=\"a&quot;&gt;&lt;script&gt;\">"
				+ "Côte d&#39;Ivoire &lt;b&gt;&amp;&lt;/b&gt;</option>\n");
	}

}
