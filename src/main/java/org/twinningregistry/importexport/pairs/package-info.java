/**
 * Importing a pairs list (city and country, twice a row): {@code PairsImport} reconciles
 * it to the registry's governments and the world gazetteer and commits the settled rows;
 * its report and row types; and the pieces the reconciliation is made of: country
 * resolution, name cleaning and candidate scoring, each a small policy, and the
 * reconciler that applies them row by row.
 */
@NullMarked
package org.twinningregistry.importexport.pairs;

import org.jspecify.annotations.NullMarked;
