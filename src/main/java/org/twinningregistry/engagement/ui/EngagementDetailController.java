package org.twinningregistry.engagement.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.engagement.EngagementId;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementRevision;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * One engagement's page: the published engagement (or, for those in scope, the draft of a
 * new one), its open revision with the workflow buttons, and its history.
 */
@Controller
class EngagementDetailController {

	private final EngagementLog log;

	private final ReviewWorkflow workflow;

	private final AgreementRegistry registry;

	private final ObjectProvider<PageSection> sections;

	EngagementDetailController(EngagementLog log, ReviewWorkflow workflow, AgreementRegistry registry,
			ObjectProvider<PageSection> sections) {
		this.log = log;
		this.workflow = workflow;
		this.registry = registry;
		this.sections = sections;
	}

	@GetMapping("/engagements/{id}")
	String detail(@PathVariable EngagementId id, Locale locale, Model model) {
		Optional<EngagementRevision> revision = this.log.revision(id);
		EngagementSummary shown = this.log.find(id)
			.or(() -> revision.map(EngagementRevision::proposed))
			.orElseThrow(() -> new NotFoundException("engagement", id.value()));
		AgreementSummary agreement = this.registry.find(shown.values().agreement()).orElse(null);
		model.addAttribute("entry", EngagementEntry.of(shown, agreement));
		model.addAttribute("published", shown.draft() == null);
		model.addAttribute("revision", revision.map(EngagementRevision::revision).orElse(null));
		model.addAttribute("history", this.workflow.history(EngagementLog.ref(id)));
		model.addAttribute("confirmations", this.workflow.confirmations(EngagementLog.ref(id)));
		model.addAttribute("sections", (shown.draft() == null) ? sections(id, locale) : List.of());
		return "engagement/detail";
	}

	/** The parts other modules add to a published engagement's page (its documents). */
	private List<Section> sections(EngagementId id, Locale locale) {
		return this.sections.stream()
			.filter(section -> "engagement".equals(section.page()))
			.sorted(Comparator.comparingInt(PageSection::order))
			.map(section -> new Section(section.fragment(), section.model(id.value(), locale)))
			.toList();
	}

	/** A part another module adds to the page. */
	record Section(String fragment, Object model) {

	}

}
