package org.twinningregistry.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The about page: what the registry is, and the licences and attribution of the reference
 * data it ships (GeoNames, CC BY 4.0; Debian iso-codes, LGPL-2.1-or-later).
 */
@Controller
class AboutController {

	@GetMapping("/about")
	String about() {
		return "ui/about";
	}

}
