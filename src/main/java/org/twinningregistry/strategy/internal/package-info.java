/**
 * Strategy internal layer: the fulfilment figures read in SQL ({@code FulfilmentRows},
 * over the tables declared in {@code TablesRead}) and put together
 * ({@code FulfilmentFigures}, {@code PlanStates}); the gazetteer's and the agreements'
 * references to strategies and plans (which guard a government's and an agreement's
 * delete).
 */
@NullMarked
package org.twinningregistry.strategy.internal;

import org.jspecify.annotations.NullMarked;
