/**
 * The UI shell: what every page shares — the layout and navigation fragments, the English
 * and French language switch, the home page with the headline figures every feature
 * module contributes as {@code HeadlineFigure} beans, and the error pages. Feature pages
 * live in their modules' {@code ui} packages and add parts to each other's pages through
 * {@code PageSection} beans, so this module depends on no other module.
 */
@ApplicationModule(displayName = "UI shell", allowedDependencies = {})
@NullMarked
package org.twinningregistry.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
