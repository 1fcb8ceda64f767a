package org.twinningregistry;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.twinningregistry.account.Grant;
import org.twinningregistry.account.RegistryRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.twinningregistry.ApiTestSupport.curator;

/**
 * The self-reporting workflow over the API, on the engine of the active profile: a
 * reporter's draft stays unseen until a reviewer in scope approves it, a return carries
 * its reason, the history lists every step, and concurrent approvals let one win.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkflowIntegrationTests {

	private static final String NEW_AGREEMENT = """
			{"id":"burnaby-hwaseong","partyA":"burnaby","partyB":"hwaseong","type":"SISTER","signed":"2010-07"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void governments() throws Exception {
		RegistryDatabase.clear(this.jdbc);
		government("burnaby", "Burnaby", "CA", "CA-BC");
		government("calgary", "Calgary", "CA", "CA-AB");
		government("hwaseong", "Hwaseong", "KR", "KR-41");
	}

	static RequestPostProcessor reporter() {
		return user("rita").authorities(new Grant(RegistryRole.REPORTER, "burnaby"));
	}

	static RequestPostProcessor reviewer() {
		return user("bob").authorities(new Grant(RegistryRole.REVIEWER, "CA-BC"));
	}

	static RequestPostProcessor otherReviewer() {
		return user("bea").authorities(new Grant(RegistryRole.REVIEWER, "CA-BC"));
	}

	static RequestPostProcessor albertaReviewer() {
		return user("alice").authorities(new Grant(RegistryRole.REVIEWER, "CA-AB"));
	}

	@Test
	void theDraftOfAReporterStaysUnseenUntilAReviewerInScopeApprovesIt() throws Exception {
		// when
		send(post("/api/v1/agreements"), reporter(), NEW_AGREEMENT).andExpect(status().isCreated())
			.andExpect(jsonPath("$.workflowState").value("DRAFT"))
			.andExpect(jsonPath("$.partyA.name").value("Burnaby"));

		// then the public sees nothing of it: API, revision, pages, exports, statistics
		publicSeesNoAgreement();
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/revision")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/revision").with(albertaReviewer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/revision").with(reporter()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.author").value("rita"))
			.andExpect(jsonPath("$.agreement.signed").value("2010-07"));

		// when submitted, only a reviewer in scope may approve
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/submit").with(reporter()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUBMITTED"));
		publicSeesNoAgreement();
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(reporter()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(albertaReviewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(reviewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workflowState").doesNotExist());

		// then
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signed").value("2010-07"));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/revision").with(reporter()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements/burnaby-hwaseong")).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history").with(reporter()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action", contains("DRAFTED", "SUBMITTED", "APPROVED")))
			.andExpect(jsonPath("$[0].actor").value("Reporter of Burnaby"))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'signed')].to", contains("2010-07")))
			.andExpect(jsonPath("$[2].actor").value("Reviewer, British Columbia"))
			.andExpect(jsonPath("$[2].changes[?(@.field == 'partyA')].to", contains("burnaby")))
			.andExpect(jsonPath("$[2].at").isNotEmpty());
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history"))
			.andExpect(jsonPath("$[*].action", contains("APPROVED")));
	}

	@Test
	void aReturnCarriesItsReasonToTheReporterAndUnlocksTheRevision() throws Exception {
		// given
		send(post("/api/v1/agreements"), reporter(), NEW_AGREEMENT).andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/submit").with(reporter()))
			.andExpect(status().isOk());

		// then a submitted revision is locked, and says by whom and who can unlock it
		send(put("/api/v1/agreements/burnaby-hwaseong"), reporter(), edit("2010-08", 1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.revision.locked"))
			.andExpect(jsonPath("$.detail", containsString("rita")))
			.andExpect(jsonPath("$.detail", containsString("CA-BC")))
			.andExpect(jsonPath("$.detail", containsString("KR-41")));
		send(post("/api/v1/agreements/burnaby-hwaseong/return"), reviewer(), "{\"reason\":\" \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		send(post("/api/v1/agreements/burnaby-hwaseong/return"), albertaReviewer(), "{\"reason\":\"no\"}")
			.andExpect(status().isForbidden());

		// when
		send(post("/api/v1/agreements/burnaby-hwaseong/return"), reviewer(),
				"{\"reason\":\"The signing month is wrong: see the council minutes.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"));

		// then
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/revision").with(reporter()))
			.andExpect(jsonPath("$.state").value("RETURNED"))
			.andExpect(jsonPath("$.returnedBy").value("bob"))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.returnReason").value("The signing month is wrong: see the council minutes."));
		this.mvc.perform(get("/agreements/burnaby-hwaseong").with(reporter()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The signing month is wrong: see the council minutes.")));
		send(put("/api/v1/agreements/burnaby-hwaseong"), reporter(), edit("2010-08", 2)).andExpect(status().isOk())
			.andExpect(jsonPath("$.workflowState").value("DRAFT"))
			.andExpect(jsonPath("$.signed").value("2010-08"));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history").with(reporter()))
			.andExpect(jsonPath("$[*].action", contains("DRAFTED", "SUBMITTED", "RETURNED", "EDITED")))
			.andExpect(jsonPath("$[2].reason").value("The signing month is wrong: see the council minutes."))
			.andExpect(jsonPath("$[3].changes[0].field").value("signed"))
			.andExpect(jsonPath("$[3].changes[0].from").value("2010-07"))
			.andExpect(jsonPath("$[3].changes[0].to").value("2010-08"));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history")).andExpect(status().isNotFound());
	}

	@Test
	void aChangeToAPublishedRecordLeavesThePublishedValuesVisibleUntilApproved() throws Exception {
		// given
		send(post("/api/v1/agreements"), curator(), NEW_AGREEMENT).andExpect(status().isCreated());

		// when
		send(put("/api/v1/agreements/burnaby-hwaseong"), reporter(),
				"""
						{"partyA":"burnaby","partyB":"hwaseong","type":"SISTER","signed":"2010-07","notes":"Renewed","version":0}
						""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workflowState").value("DRAFT"));
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/submit").with(reporter()))
			.andExpect(status().isOk());

		// then
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong"))
			.andExpect(jsonPath("$.notes").doesNotExist())
			.andExpect(jsonPath("$.version").value(0));
		this.mvc.perform(get("/agreements/burnaby-hwaseong"))
			.andExpect(content().string(not(containsString("Renewed"))));
		this.mvc.perform(get("/api/v1/revisions").param("state", "SUBMITTED").with(reviewer()))
			.andExpect(jsonPath("$[*].id", contains("burnaby-hwaseong")))
			.andExpect(jsonPath("$[0].fields.notes").value("Renewed"));
		this.mvc.perform(get("/api/v1/revisions").param("state", "SUBMITTED").with(albertaReviewer()))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/revisions")).andExpect(status().isUnauthorized());

		// when
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(reviewer()))
			.andExpect(status().isOk());

		// then
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong"))
			.andExpect(jsonPath("$.notes").value("Renewed"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history"))
			.andExpect(jsonPath("$[*].action", contains("CREATED", "APPROVED")))
			.andExpect(jsonPath("$[0].actor").value("Curator, all countries"))
			.andExpect(jsonPath("$[1].changes", hasSize(1)))
			.andExpect(jsonPath("$[1].changes[0].field").value("notes"))
			.andExpect(jsonPath("$[1].changes[0].from").doesNotExist())
			.andExpect(jsonPath("$[1].changes[0].to").value("Renewed"));
	}

	@Test
	void aRecordWithAnOpenRevisionIsNotDeletedSoNoProposalIsLost() throws Exception {
		// given: a reporter's draft change of a published agreement
		send(post("/api/v1/agreements"), curator(), NEW_AGREEMENT).andExpect(status().isCreated());
		send(put("/api/v1/agreements/burnaby-hwaseong"), reporter(),
				"""
						{"partyA":"burnaby","partyB":"hwaseong","type":"SISTER","signed":"2010-07","notes":"Renewed","version":0}
						""")
			.andExpect(status().isOk());

		// when, then
		this.mvc.perform(delete("/api/v1/agreements/burnaby-hwaseong").with(curator()).param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.revision.open-on-delete"));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/revision").with(reporter()))
			.andExpect(jsonPath("$.state").value("DRAFT"));

		// when the draft is discarded, the agreement can go
		this.mvc.perform(delete("/api/v1/agreements/burnaby-hwaseong/revision").param("version", "0").with(reporter()))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/agreements/burnaby-hwaseong").with(curator()).param("version", "0"))
			.andExpect(status().isNoContent());
	}

	@Test
	void aReviewerMayNotApproveWhatTheyWroteButAnotherReviewerMay() throws Exception {
		// given
		send(post("/api/v1/agreements"), reviewer(), NEW_AGREEMENT).andExpect(status().isCreated())
			.andExpect(jsonPath("$.workflowState").value("DRAFT"));
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/submit").with(reviewer()))
			.andExpect(status().isOk());

		// when / then
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(reviewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(otherReviewer()))
			.andExpect(status().isOk());
	}

	@Test
	void aDiscardedDraftLeavesNothingButItsHistory() throws Exception {
		// given
		send(post("/api/v1/agreements"), reporter(), NEW_AGREEMENT).andExpect(status().isCreated());

		// when
		this.mvc
			.perform(delete("/api/v1/agreements/burnaby-hwaseong/revision").param("version", "0")
				.with(albertaReviewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/agreements/burnaby-hwaseong/revision").with(reporter()))
			.andExpect(status().isPreconditionRequired());
		this.mvc.perform(delete("/api/v1/agreements/burnaby-hwaseong/revision").param("version", "7").with(reporter()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.stale-version"));
		this.mvc.perform(delete("/api/v1/agreements/burnaby-hwaseong/revision").param("version", "0").with(reporter()))
			.andExpect(status().isNoContent());

		// then
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/revision").with(reporter()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history").with(reporter()))
			.andExpect(jsonPath("$[*].action", contains("DRAFTED", "DISCARDED")));
		publicSeesNoAgreement();
	}

	@Test
	void anEngagementDraftNeedsAPublishedAgreementAndStaysUnseenUntilApproved() throws Exception {
		// given
		String engagement = """
				{"id":"e-visit","agreement":"burnaby-hwaseong","year":2011,"category":"CULTURE","origin":"burnaby",
				 "title":"Youth orchestra visit"}
				""";
		send(post("/api/v1/agreements"), reporter(), NEW_AGREEMENT).andExpect(status().isCreated());
		send(post("/api/v1/engagements"), reporter(), engagement).andExpect(status().isUnprocessableContent());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/submit").with(reporter()));
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(reviewer()))
			.andExpect(status().isOk());

		// when
		send(post("/api/v1/engagements"), reporter(), engagement).andExpect(status().isCreated())
			.andExpect(jsonPath("$.workflowState").value("DRAFT"));
		this.mvc.perform(post("/api/v1/engagements/e-visit/submit").with(reporter())).andExpect(status().isOk());

		// then
		this.mvc.perform(get("/api/v1/engagements")).andExpect(jsonPath("$.page.totalElements").value(0));
		this.mvc.perform(get("/api/v1/engagements/e-visit")).andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements/burnaby-hwaseong"))
			.andExpect(content().string(not(containsString("Youth orchestra visit"))));
		this.mvc.perform(post("/api/v1/engagements/e-visit/approve").with(albertaReviewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/engagements/e-visit/approve").with(reviewer())).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/engagements/e-visit"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Youth orchestra visit"));
		this.mvc.perform(get("/api/v1/engagements/e-visit/history").with(reporter()))
			.andExpect(jsonPath("$[*].action", contains("DRAFTED", "SUBMITTED", "APPROVED")));
	}

	@Test
	void twoConcurrentApprovalsLetExactlyOneWinAndLoseNothing() throws Exception {
		// given
		send(post("/api/v1/agreements"), curator(), NEW_AGREEMENT).andExpect(status().isCreated());
		send(put("/api/v1/agreements/burnaby-hwaseong"), reporter(),
				"""
						{"partyA":"burnaby","partyB":"hwaseong","type":"SISTER","signed":"2010-07","notes":"Renewed","version":0}
						""")
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/submit").with(reporter()))
			.andExpect(status().isOk());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (RequestPostProcessor who : List.of(reviewer(), otherReviewer())) {
			answers.add(pool.submit(() -> {
				start.await();
				return this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(who))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}

		// when
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();

		// then
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong"))
			.andExpect(jsonPath("$.notes").value("Renewed"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history"))
			.andExpect(jsonPath("$[*].action", contains("CREATED", "APPROVED")));
	}

	@Test
	void anApprovalAndAnEditAtOnceLetExactlyOneWin() throws Exception {
		// given
		send(post("/api/v1/agreements"), reporter(), NEW_AGREEMENT).andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/submit").with(reporter()))
			.andExpect(status().isOk());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		Future<Integer> approval = pool.submit(() -> {
			start.await();
			return this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(reviewer()))
				.andReturn()
				.getResponse()
				.getStatus();
		});
		Future<Integer> giveBack = pool.submit(() -> {
			start.await();
			return send(post("/api/v1/agreements/burnaby-hwaseong/return"), otherReviewer(), "{\"reason\":\"Wait\"}")
				.andReturn()
				.getResponse()
				.getStatus();
		});

		// when
		start.countDown();
		List<Integer> statuses = List.of(approval.get(30, TimeUnit.SECONDS), giveBack.get(30, TimeUnit.SECONDS));
		pool.shutdown();

		// then
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		boolean approved = statuses.get(0) == 200;
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong"))
			.andExpect(approved ? status().isOk() : status().isNotFound());
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history").with(reporter()))
			.andExpect(jsonPath("$[2].action").value(approved ? "APPROVED" : "RETURNED"))
			.andExpect(jsonPath("$", hasSize(3)));
	}

	@Test
	void pagesCarryTheWorkflowFromDraftToPublishedWithTheHistoryPanel() throws Exception {
		// given
		send(post("/api/v1/agreements"), curator(), NEW_AGREEMENT).andExpect(status().isCreated());
		send(post("/api/v1/engagements"), reporter(), """
				{"id":"e-visit","agreement":"burnaby-hwaseong","year":2011,"category":"CULTURE","origin":"burnaby",
				 "title":"Youth orchestra visit"}
				""").andExpect(status().isCreated());

		// then the draft has its page for those in scope only
		this.mvc.perform(get("/engagements/e-visit")).andExpect(status().isNotFound());
		this.mvc.perform(get("/engagements/e-visit").with(albertaReviewer())).andExpect(status().isNotFound());
		this.mvc.perform(get("/engagements/e-visit").with(reporter()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Youth orchestra visit")))
			.andExpect(content().string(containsString("Submit for review")));

		// when the reporter submits on the page
		this.mvc.perform(post("/engagements/e-visit/submit").with(reporter()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// then the page is locked and the queue lists it for the reviewer in scope
		this.mvc.perform(get("/engagements/e-visit").with(reporter()))
			.andExpect(content().string(containsString("Locked: rita submitted it for review")))
			.andExpect(content().string(not(containsString("Approve and publish"))));
		this.mvc.perform(get("/revisions").with(reviewer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/engagements/e-visit")));
		this.mvc.perform(get("/revisions").with(albertaReviewer()))
			.andExpect(content().string(not(containsString("/engagements/e-visit"))));
		this.mvc.perform(post("/engagements/e-visit/approve").with(albertaReviewer()).with(csrf()))
			.andExpect(status().isForbidden());

		// when the reviewer approves on the page
		this.mvc.perform(get("/engagements/e-visit").with(reviewer()))
			.andExpect(content().string(containsString("Approve and publish")));
		this.mvc.perform(post("/engagements/e-visit/approve").with(reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// then the public sees it, with its history
		this.mvc.perform(get("/agreements/burnaby-hwaseong"))
			.andExpect(content().string(containsString("Youth orchestra visit")));
		this.mvc.perform(get("/engagements/e-visit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("History")))
			.andExpect(content().string(containsString("Approved")))
			.andExpect(content().string(containsString("Title: – → Youth orchestra visit")))
			.andExpect(content().string(not(containsString("Drafted"))));
		this.mvc.perform(get("/engagements/e-visit").with(reporter()))
			.andExpect(content().string(containsString("Drafted")));
	}

	@Test
	void aReturnOnThePageNeedsAReason() throws Exception {
		// given
		send(post("/api/v1/agreements"), reporter(), NEW_AGREEMENT).andExpect(status().isCreated());
		this.mvc.perform(post("/agreements/burnaby-hwaseong/submit").with(reporter()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// when
		this.mvc.perform(post("/agreements/burnaby-hwaseong/return").param("reason", " ").with(reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("problem"));
		this.mvc
			.perform(post("/agreements/burnaby-hwaseong/return").param("reason", "Add the council resolution.")
				.with(reviewer())
				.with(csrf()))
			.andExpect(flash().attribute("message", "workflow.flash.returned"));

		// then
		this.mvc.perform(get("/agreements/burnaby-hwaseong").with(reporter()))
			.andExpect(content().string(containsString("Returned for changes by bob")))
			.andExpect(content().string(containsString("Add the council resolution.")));
		this.mvc.perform(get("/agreements/burnaby-hwaseong").header("Accept-Language", "fr").with(reporter()))
			.andExpect(content().string(containsString("Renvoyée pour correction par bob")));
	}

	@Test
	void bothPartiesConfirmAnAgreementAndAPublishedChangeClearsTheirConfirmations() throws Exception {
		// given
		send(post("/api/v1/agreements"), curator(), NEW_AGREEMENT).andExpect(status().isCreated());
		RequestPostProcessor korean = user("kim").authorities(new Grant(RegistryRole.REPORTER, "hwaseong"));

		// when / then
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/confirm")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/confirm").with(albertaReviewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/confirm").with(reporter()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmedBy[*].government", contains("burnaby")))
			.andExpect(jsonPath("$.confirmedBy[0].by").value("Reporter of Burnaby"))
			.andExpect(jsonPath("$.confirmedByBothSides").value(false));
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/confirm").with(korean))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmedBy[*].government", contains("burnaby", "hwaseong")))
			.andExpect(jsonPath("$.confirmedByBothSides").value(true));
		this.mvc.perform(get("/agreements/burnaby-hwaseong"))
			.andExpect(content().string(containsString("Confirmed by both sides")));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history"))
			.andExpect(jsonPath("$[*].action", contains("CREATED", "CONFIRMED", "CONFIRMED")));

		// when
		send(put("/api/v1/agreements/burnaby-hwaseong"), curator(),
				"""
						{"partyA":"burnaby","partyB":"hwaseong","type":"SISTER","signed":"2010-07","notes":"Renewed","version":0}
						""")
			.andExpect(status().isOk());

		// then
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/confirmations"))
			.andExpect(jsonPath("$.confirmedBy", hasSize(0)))
			.andExpect(jsonPath("$.confirmedByBothSides").value(false));
		this.mvc.perform(get("/agreements/burnaby-hwaseong"))
			.andExpect(content().string(not(containsString("Confirmed by both sides"))));
	}

	@Test
	void thePublicSeesTheOfficeTheStepWasTakenInNeverTheUserName() throws Exception {
		// given: drafted by rita, approved by bob as reviewer of British Columbia,
		// confirmed
		// by rita for Burnaby
		send(post("/api/v1/agreements"), reporter(), NEW_AGREEMENT).andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/submit").with(reporter()))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/approve").with(reviewer()))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/agreements/burnaby-hwaseong/confirm").with(reporter()))
			.andExpect(status().isOk());

		// when: bob's roles change afterwards (now a curator of Canada)
		RequestPostProcessor bobLater = user("bob").authorities(new Grant(RegistryRole.CURATOR, "CA"));
		String publicHistory = this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action", contains("APPROVED", "CONFIRMED")))
			.andExpect(jsonPath("$[0].actor").value("Reviewer, British Columbia"))
			.andExpect(jsonPath("$[0].office").value("REVIEWER:CA-BC"))
			.andExpect(jsonPath("$[0].account").doesNotExist())
			.andExpect(jsonPath("$[1].actor").value("Reporter of Burnaby"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String publicConfirmations = this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/confirmations"))
			.andExpect(jsonPath("$.confirmedBy[0].by").value("Reporter of Burnaby"))
			.andExpect(jsonPath("$.confirmedBy[0].account").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String publicPage = this.mvc.perform(get("/agreements/burnaby-hwaseong"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String frenchPage = this.mvc.perform(get("/agreements/burnaby-hwaseong").locale(java.util.Locale.FRENCH))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then: the public sees offices in its language, never rita or bob
		assertThat(publicHistory + publicConfirmations + publicPage + frenchPage)
			.doesNotContainPattern("\\b(rita|bob)\\b");
		assertThat(publicPage).contains("Reviewer, British Columbia", "by Reporter of Burnaby");
		assertThat(frenchPage).contains("Réviseur, Colombie-Britannique", "par Déclarant pour Burnaby");
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history").header("Accept-Language", "fr"))
			.andExpect(jsonPath("$[0].actor").value("Réviseur, Colombie-Britannique"));
		// a reporter sees the offices of the unpublished steps too, but no user name
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history").with(reporter()))
			.andExpect(jsonPath("$[*].action", contains("DRAFTED", "SUBMITTED", "APPROVED", "CONFIRMED")))
			.andExpect(jsonPath("$[1].actor").value("Reporter of Burnaby"))
			.andExpect(jsonPath("$[*].account", everyItem(nullValue())));
		// who may review the record sees the user names as well, on the API and the page
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history").with(bobLater))
			.andExpect(jsonPath("$[2].actor").value("Reviewer, British Columbia"))
			.andExpect(jsonPath("$[2].account").value("bob"))
			.andExpect(jsonPath("$[0].account").value("rita"));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/confirmations").with(otherReviewer()))
			.andExpect(jsonPath("$.confirmedBy[0].account").value("rita"));
		this.mvc.perform(get("/agreements/burnaby-hwaseong").with(otherReviewer()))
			.andExpect(content().string(containsString("(account bob)")));
	}

	@Test
	void twoConcurrentEditsOfTheSameDraftLetExactlyOneWin() throws Exception {
		// given
		send(post("/api/v1/agreements"), reporter(), NEW_AGREEMENT).andExpect(status().isCreated());
		RequestPostProcessor colleague = user("ron").authorities(new Grant(RegistryRole.REPORTER, "burnaby"));
		String edit = """
				{"partyA":"burnaby","partyB":"hwaseong","type":"SISTER","signed":"2010-07","notes":"%s","version":0}
				""";
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		List<RequestPostProcessor> writers = List.of(reporter(), colleague);
		for (int i = 0; i < 2; i++) {
			RequestPostProcessor who = writers.get(i);
			String notes = "edit " + i;
			answers.add(pool.submit(() -> {
				start.await();
				return send(put("/api/v1/agreements/burnaby-hwaseong"), who, edit.formatted(notes)).andReturn()
					.getResponse()
					.getStatus();
			}));
		}

		// when
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();

		// then
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		String winner = (statuses.get(0) == 200) ? "edit 0" : "edit 1";
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/revision").with(reporter()))
			.andExpect(jsonPath("$.agreement.notes").value(winner))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong/history").with(reporter()))
			.andExpect(jsonPath("$[*].action", contains("DRAFTED", "EDITED")));
	}

	private void publicSeesNoAgreement() throws Exception {
		this.mvc.perform(get("/api/v1/agreements")).andExpect(jsonPath("$.page.totalElements").value(0));
		this.mvc.perform(get("/api/v1/agreements/burnaby-hwaseong")).andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements")).andExpect(content().string(not(containsString("Hwaseong"))));
		this.mvc.perform(get("/agreements/burnaby-hwaseong")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/statistics/governments/burnaby"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agreements", hasSize(0)));
		byte[] zip = this.mvc.perform(get("/api/v1/exports/data-package.zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				assertThat(new String(entries.readAllBytes())).as(entry.getName()).doesNotContain("burnaby-hwaseong");
			}
		}
		byte[] xlsx = this.mvc.perform(get("/api/v1/exports/registry.xlsx"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.toString()).doesNotContain("burnaby-hwaseong");
					}
				}
			}
		}
	}

	private static String edit(String signed, long version) {
		return """
				{"partyA":"burnaby","partyB":"hwaseong","type":"SISTER","signed":"%s","version":%d}
				""".formatted(signed, version);
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor who, String json) throws Exception {
		return this.mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private void government(String id, String name, String country, String subdivision) throws Exception {
		send(post("/api/v1/governments"), curator(), """
				{"id":"%s","name":"%s","country":"%s","subdivision":"%s","level":"LOCAL"}
				""".formatted(id, name, country, subdivision)).andExpect(status().isCreated());
	}

}
