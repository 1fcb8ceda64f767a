package org.twinningregistry.partnerfinder.ui;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.twinningregistry.account.AccessControl;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentNames;
import org.twinningregistry.partnerfinder.PartnerSuggestions;
import org.twinningregistry.partnerfinder.SuggestionQuery;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.Text;

/**
 * "Find partners" ({@code /governments/{id}/partners}): the suggestions of the partner
 * finder for one government, filtered by country and purpose, each with every reason of
 * its score; those who may report for the government can turn one into a draft agreement
 * (the agreement form with both parties filled in).
 */
@Controller
class SuggestionsController {

	/** How many suggestions the page shows. */
	static final int SHOWN = 20;

	private final PartnerSuggestions suggestions;

	private final Gazetteer gazetteer;

	private final AccessControl access;

	SuggestionsController(PartnerSuggestions suggestions, Gazetteer gazetteer, AccessControl access) {
		this.suggestions = suggestions;
		this.gazetteer = gazetteer;
		this.access = access;
	}

	@GetMapping("/governments/{id}/partners")
	String suggestions(@PathVariable String id, @ModelAttribute("filter") Filter filter, Locale locale, Model model) {
		GovernmentId government = new GovernmentId(id);
		GovernmentDetails details = this.gazetteer.find(government)
			.orElseThrow(() -> new NotFoundException("government", id));
		model.addAttribute("government", details);
		model.addAttribute("governmentName",
				GovernmentNames.inLanguage(details.values().name(), details.values().nameFr(), locale));
		model.addAttribute("suggestions", this.suggestions.suggest(government,
				new SuggestionQuery(Text.codeOrNull(filter.country()), filter.purpose(), SHOWN), locale));
		model.addAttribute("countries", this.gazetteer.countries(locale));
		model.addAttribute("categories", Category.values());
		model.addAttribute("mayDraft", this.access.mayReport(List.of(government)));
		return "partnerfinder/suggestions";
	}

	/**
	 * The page's filters, as the API names them.
	 *
	 * @param country ISO code of the candidates' country
	 * @param purpose a purpose the candidates name
	 */
	record Filter(@Nullable String country, @Nullable Category purpose) {

	}

}
