/**
 * The gazetteer of sub-national governments: who they are, where they lie (ISO 3166
 * country and first-level subdivision, validated against the code list the project
 * ships), their names in English, French and their own script, and how they nest.
 * {@link Gazetteer} is the facade; the module publishes {@link GovernmentChanged} when a
 * government's names or place change, and asks every {@link GovernmentReferences} bean
 * before it deletes one. {@link WorldGazetteer} holds the reference places of GeoNames
 * (not governments) with a crosswalk to ISO 3166-2, for autocomplete and pairs-list
 * reconciliation. Depends on no other module.
 */
@ApplicationModule(displayName = "Gazetteer")
@NullMarked
package org.twinningregistry.gazetteer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
