package org.twinningregistry.agreement.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinningregistry.agreement.AgreementCriteria;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.agreement.AgreementRevision;
import org.twinningregistry.agreement.AgreementSummary;
import org.twinningregistry.agreement.AgreementStatus;
import org.twinningregistry.agreement.AgreementType;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PageSection;
import org.twinningregistry.shared.Text;
import org.twinningregistry.workflow.ReviewWorkflow;

/**
 * The public agreement pages: the filtered list and one agreement with its engagements.
 */
@Controller
class AgreementController {

	private static final int PAGE_SIZE = 20;

	private final AgreementRegistry registry;

	private final Gazetteer gazetteer;

	private final ObjectProvider<PageSection> sections;

	private final Clock clock;

	private final ReviewWorkflow workflow;

	AgreementController(AgreementRegistry registry, ReviewWorkflow workflow, Gazetteer gazetteer,
			ObjectProvider<PageSection> sections, Clock clock) {
		this.registry = registry;
		this.workflow = workflow;
		this.gazetteer = gazetteer;
		this.sections = sections;
		this.clock = clock;
	}

	@GetMapping("/agreements")
	String list(@ModelAttribute("filter") Filter filter, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("signedOn", "id"));
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("page", this.registry.search(filter.criteria(), request)
			.map(a -> AgreementView.row(a, this.gazetteer, today, locale)));
		model.addAttribute("countries", this.gazetteer.countries(locale));
		model.addAttribute("types", AgreementType.values());
		model.addAttribute("statuses", AgreementStatus.values());
		return "agreement/list";
	}

	/** The parties' Wikidata items, by government id, for those that carry one. */
	private java.util.Map<String, String> items(AgreementSummary agreement) {
		java.util.Map<String, String> items = new java.util.HashMap<>();
		this.gazetteer.details(List.of(agreement.partyA().id(), agreement.partyB().id())).forEach((id, government) -> {
			if (government.values().wikidata() != null) {
				items.put(id.value(), government.values().wikidata());
			}
		});
		return items;
	}

	/**
	 * The published agreement, or for those in scope the draft of a new one; with the
	 * open revision (for those in scope) and the history.
	 */
	@GetMapping("/agreements/{id}")
	String detail(@PathVariable AgreementId id, Locale locale, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<AgreementRevision> revision = this.registry.revision(id);
		AgreementSummary shown = this.registry.find(id)
			.or(() -> revision.map(AgreementRevision::proposed))
			.orElseThrow(() -> new NotFoundException("agreement", id.value()));
		model.addAttribute("view", AgreementView.of(shown, this.registry, this.gazetteer, today, locale));
		model.addAttribute("items", items(shown));
		model.addAttribute("published", shown.draft() == null);
		model.addAttribute("revision", revision.map(AgreementRevision::revision).orElse(null));
		model.addAttribute("history", this.workflow.history(AgreementRegistry.ref(id)));
		model.addAttribute("confirmations", this.workflow.confirmations(AgreementRegistry.ref(id)));
		model.addAttribute("purposes", Category.values());
		model.addAttribute("sections", (shown.draft() == null) ? sections(id, locale) : List.of());
		return "agreement/detail";
	}

	private List<Section> sections(AgreementId id, Locale locale) {
		return this.sections.stream()
			.filter(section -> "agreement".equals(section.page()))
			.sorted(Comparator.comparingInt(PageSection::order))
			.map(section -> new Section(section.fragment(), section.model(id.value(), locale)))
			.toList();
	}

	/** The list's filters as the query string gives them; blank means no filter. */
	record Filter(@Nullable String q, @Nullable String country, @Nullable String partnerCountry,
			@Nullable AgreementType type, @Nullable AgreementStatus status, @Nullable Integer fromYear,
			@Nullable Integer toYear) {

		AgreementCriteria criteria() {
			return new AgreementCriteria(Text.trimToNull(this.q), Text.trimToNull(this.country),
					Text.trimToNull(this.partnerCountry), null, null, this.type, this.status, this.fromYear,
					this.toYear);
		}

	}

	/** A part another module adds to the page. */
	record Section(String fragment, Object model) {

	}

}
