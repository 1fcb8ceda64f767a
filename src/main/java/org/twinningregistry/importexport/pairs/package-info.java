/**
 * Reconciling a pairs list (city and country, twice a row) to the registry's governments
 * and the world gazetteer: country resolution, name cleaning and candidate scoring, each
 * a small policy, and the reconciler that applies them row by row.
 */
@NullMarked
package org.twinningregistry.importexport.pairs;

import org.jspecify.annotations.NullMarked;
