package org.twinningregistry.engagement.ui;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinningregistry.agreement.AgreementId;
import org.twinningregistry.agreement.AgreementRegistry;
import org.twinningregistry.engagement.EngagementCriteria;
import org.twinningregistry.engagement.EngagementForm;
import org.twinningregistry.engagement.EngagementLog;
import org.twinningregistry.engagement.EngagementSummary;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Text;

/** The public engagement list; each engagement is shown on its agreement's page. */
@Controller
class EngagementController {

	private static final int PAGE_SIZE = 25;

	private final EngagementLog log;

	private final AgreementRegistry registry;

	EngagementController(EngagementLog log, AgreementRegistry registry) {
		this.log = log;
		this.registry = registry;
	}

	@GetMapping("/engagements")
	String list(@ModelAttribute("filter") Filter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("year"), Sort.Order.asc("id")));
		Page<EngagementSummary> found = this.log.search(filter.criteria(), request);
		model.addAttribute("page", new PageImpl<>(EngagementEntry.of(found.getContent(), this.registry), request,
				found.getTotalElements()));
		model.addAttribute("categories", Category.values());
		model.addAttribute("forms", EngagementForm.values());
		return "engagement/list";
	}

	/** The list's filters as the query string gives them; blank means no filter. */
	record Filter(@Nullable String q, @Nullable String government, @Nullable String agreement,
			@Nullable Category category, @Nullable EngagementForm form, @Nullable Integer fromYear,
			@Nullable Integer toYear) {

		EngagementCriteria criteria() {
			String governmentId = Text.trimToNull(this.government);
			String agreementId = Text.trimToNull(this.agreement);
			return new EngagementCriteria(Text.trimToNull(this.q),
					(agreementId != null && AgreementId.isValid(agreementId)) ? new AgreementId(agreementId) : null,
					(governmentId != null && GovernmentId.isValid(governmentId)) ? new GovernmentId(governmentId)
							: null,
					null, null, this.category, this.form, this.fromYear, this.toYear);
		}

	}

}
