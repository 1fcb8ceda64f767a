/**
 * Continuity pages: a government's handover brief, and what is coming on a government's
 * page and on the home page.
 */
@NullMarked
package org.twinningregistry.continuity.ui;

import org.jspecify.annotations.NullMarked;
