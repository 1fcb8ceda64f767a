package org.twinningregistry.continuity;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar over the API on the engine of the active profile, over
 * {@link ContinuityFixtures}: JSON, CSV and an iCalendar feed that ical4j parses back,
 * holding Burnaby–Hwaseong's 10th anniversary (2020-07-20) once, under the same UID from
 * one fetch to the next.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarIntegrationTests {

	private static final String UID = "anniversary-10.burnaby-hwaseong@twinning-registry";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void fixture() {
		ContinuityFixtures.burnabyAndItsPartners(this.context);
	}

	@Test
	void listsTheDatesOfTheScopeOnly() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/upcoming").param("scope", "CA-BC").param("from", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope").value("CA-BC"))
			.andExpect(jsonPath("$.from").value("2020-01-01"))
			.andExpect(jsonPath("$.to").value("2020-12-30"))
			.andExpect(jsonPath("$.items[*].uid", hasItem(UID)))
			.andExpect(jsonPath("$.items[*].uid", hasItem("anniversary-55.burnaby-kushiro@twinning-registry")))
			.andExpect(jsonPath("$.items[*].uid", hasItem("report-deadline.2019@twinning-registry")))
			.andExpect(jsonPath("$.items[*].agreement", not(hasItem("toronto-seoul"))))
			.andExpect(jsonPath("$.items[?(@.uid == '" + UID + "')].date").value("2020-07-20"))
			.andExpect(jsonPath("$.items[?(@.uid == '" + UID + "')].years").value(10))
			.andExpect(jsonPath("$.items[?(@.uid == '" + UID + "')].governments[1].nameLocal").value("화성시"))
			.andExpect(jsonPath("$.items[?(@.uid == '" + UID + "')].title")
				.value("Burnaby – Hwaseong: 10 years since signing (Sister, 2010-07-20)"));
		this.mvc.perform(get("/api/v1/calendar/upcoming").param("scope", "CA-BC").param("days", "365"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(LocalDate.now().toString()));
	}

	@Test
	void answersCsvWithOneDateARow() throws Exception {
		String csv = this.mvc
			.perform(get("/api/v1/calendar/upcoming").param("scope", "CA-BC-burnaby")
				.param("from", "2020-01-01")
				.param("format", "csv")
				.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst()).hasValue(String.join(",", List.of("uid", "type", "date", "day", "years",
				"agreement", "partyA", "partyAName", "partyB", "partyBName", "reportingYear", "title")));
		assertThat(csv).contains(UID + ",ANNIVERSARY,2020-07-20,2020-07-20,10,burnaby-hwaseong,CA-BC-burnaby,Burnaby,"
				+ "KR-41-hwaseong,Hwaseong,,\"Burnaby – Hwaseong : 10 ans depuis la signature (Jumelage, 2010-07-20)\"");
	}

	@Test
	void theFeedParsesBackWithTheTenthAnniversaryOnceUnderAStableUid() throws Exception {
		// when
		Calendar first = feed();
		Calendar second = feed();
		// then
		List<VEvent> anniversaries = tenthAnniversaries(first);
		assertThat(anniversaries).hasSize(1);
		VEvent event = anniversaries.get(0);
		assertThat(event.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2020, 7, 20));
		assertThat(value(event, Property.SUMMARY)).contains("Burnaby – Hwaseong", "10");
		assertThat(tenthAnniversaries(second)).hasSize(1)
			.allSatisfy(again -> assertThat(value(again, Property.UID)).isEqualTo(UID));
		assertThat(first.<VEvent>getComponents(VEvent.VEVENT).stream().map(e -> value(e, Property.UID)))
			.doesNotHaveDuplicates()
			.noneMatch(uid -> uid.contains("toronto-seoul"));
	}

	@Test
	void refusesAScopeOrWindowItCannotRead() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/upcoming").param("scope", "no-such-government"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/calendar/upcoming").param("scope", "a/b c"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scope"));
		this.mvc.perform(get("/api/v1/calendar/upcoming").param("days", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("error.calendar.days"));
		this.mvc.perform(get("/api/v1/calendar.ics").param("from", "2020-13-01")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/calendar/upcoming").param("format", "xml")).andExpect(status().isBadRequest());
	}

	private Calendar feed() throws Exception {
		String ics = this.mvc.perform(get("/api/v1/calendar.ics").param("scope", "CA-BC").param("from", "2019-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static List<VEvent> tenthAnniversaries(Calendar calendar) {
		return calendar.<VEvent>getComponents(VEvent.VEVENT)
			.stream()
			.filter(e -> UID.equals(value(e, Property.UID)))
			.toList();
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse("");
	}

}
