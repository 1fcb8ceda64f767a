/**
 * Strategy domain: the strategy and plan aggregates with their rules, the decisions about
 * dormant relationships, and the matching policy of fulfilment
 * ({@code ActivityMatching}).
 */
@NullMarked
package org.twinningregistry.strategy.domain;

import org.jspecify.annotations.NullMarked;
