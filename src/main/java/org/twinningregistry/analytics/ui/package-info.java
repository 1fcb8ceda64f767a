/**
 * The statistics pages: the national and bilateral dashboards, the province view, a
 * government's scorecard and the map. Every view is a GET URL; every chart draws the
 * table beside it.
 */
@NullMarked
package org.twinningregistry.analytics.ui;

import org.jspecify.annotations.NullMarked;
