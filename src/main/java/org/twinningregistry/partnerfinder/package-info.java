/**
 * Who is seeking partners, and who would make a good one: the seeking list (a
 * government's reviewed request for partners: countries, purposes, size, level,
 * description, office, expiry) and partner suggestions that explain themselves (every
 * component of a candidate's score in words and numbers). Depends on gazetteer
 * (governments and the world gazetteer's places are the candidates), agreement (existing
 * ties, closeness in the network), engagement (how active a candidate's ties are),
 * strategy (purposes, the office), account (who may write) and workflow (requests are
 * reviewed like other records).
 */
@ApplicationModule(displayName = "Partner finder",
		allowedDependencies = { "gazetteer", "agreement", "engagement", "strategy", "account", "workflow" })
@NullMarked
package org.twinningregistry.partnerfinder;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
