/**
 * Strategy pages: a government's strategy and its form, plans with their fulfilment and
 * forms, the strategy and plans on the government's and agreement's pages, and the form
 * that records a decision about a dormant relationship.
 */
@NullMarked
package org.twinningregistry.strategy.ui;

import org.jspecify.annotations.NullMarked;
