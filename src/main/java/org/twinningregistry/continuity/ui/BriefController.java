package org.twinningregistry.continuity.ui;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.twinningregistry.continuity.HandoverBrief;
import org.twinningregistry.gazetteer.GovernmentId;

/** A government's handover brief, as a page (printable; the PDF is the API's). */
@Controller
class BriefController {

	private final HandoverBrief brief;

	BriefController(HandoverBrief brief) {
		this.brief = brief;
	}

	@GetMapping("/governments/{id}/brief")
	String brief(@PathVariable GovernmentId id, Locale locale, Model model) {
		model.addAttribute("header", this.brief.header(id, locale));
		model.addAttribute("sections", this.brief.sections(id, locale));
		return "continuity/brief-page";
	}

}
