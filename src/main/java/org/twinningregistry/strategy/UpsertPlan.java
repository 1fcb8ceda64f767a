package org.twinningregistry.strategy;

/**
 * A plan to create or replace by key, as an import writes it.
 *
 * @param id its key
 * @param values its values, activities included
 */
public record UpsertPlan(PlanId id, PlanValues values) {

}
