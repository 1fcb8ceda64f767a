/**
 * Partner finder pages: the seeking list with its filters, a partner request's page and
 * form, and a government's requests on its page.
 */
@NullMarked
package org.twinningregistry.partnerfinder.ui;

import org.jspecify.annotations.NullMarked;
