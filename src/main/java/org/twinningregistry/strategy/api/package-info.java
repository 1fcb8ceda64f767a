/**
 * Strategy API layer: strategies, plans, fulfilment and relationship decisions over HTTP,
 * and how the workflow's API shows strategies and plans.
 */
@NullMarked
package org.twinningregistry.strategy.api;

import org.jspecify.annotations.NullMarked;
