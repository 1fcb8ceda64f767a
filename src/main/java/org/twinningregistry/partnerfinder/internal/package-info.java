/**
 * Partner finder internal layer: how the history shows a partner request's fields, the
 * gazetteer's references to partner requests (which guard a government's delete), and the
 * figures suggestions are scored on, read in SQL a few statements per question whatever
 * the registry's size ({@code SuggestionRows}, over the tables declared in
 * {@code TablesRead}), the world gazetteer's places added as candidates
 * ({@code SuggestionEngine}), and the scoring itself ({@code SuggestionScoring}, weighted
 * by {@code SuggestionWeights}).
 */
@NullMarked
package org.twinningregistry.partnerfinder.internal;

import org.jspecify.annotations.NullMarked;
