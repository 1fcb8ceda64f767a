package org.twinningregistry.partnerfinder.ui;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.partnerfinder.SeekingCriteria;
import org.twinningregistry.partnerfinder.SeekingList;
import org.twinningregistry.shared.Category;
import org.twinningregistry.shared.Text;

/**
 * The seeking list's page ({@code /partners/seeking}): the governments seeking partners,
 * with their requests not expired, filtered by the requesting government's country, a
 * country sought (requests seeking anywhere included) and a purpose.
 */
@Controller
class SeekingListController {

	private final SeekingList list;

	private final Gazetteer gazetteer;

	SeekingListController(SeekingList list, Gazetteer gazetteer) {
		this.list = list;
		this.gazetteer = gazetteer;
	}

	@GetMapping("/partners/seeking")
	String list(@ModelAttribute("filter") Filter filter, Locale locale, Model model) {
		model.addAttribute("rows", SeekingRows.of(this.gazetteer, this.list.list(filter.criteria()), locale));
		model.addAttribute("countries", this.gazetteer.countries(locale));
		model.addAttribute("categories", Category.values());
		return "partnerfinder/seeking-list";
	}

	/**
	 * The page's filters, as the API names them.
	 *
	 * @param country ISO code of the requesting government's country
	 * @param seekingCountry ISO code of a country sought
	 * @param purpose a purpose named
	 */
	record Filter(@Nullable String country, @Nullable String seekingCountry, @Nullable Category purpose) {

		SeekingCriteria criteria() {
			return new SeekingCriteria(Text.codeOrNull(this.country), Text.codeOrNull(this.seekingCountry),
					this.purpose);
		}

	}

}
