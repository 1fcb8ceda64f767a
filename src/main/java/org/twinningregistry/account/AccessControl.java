package org.twinningregistry.account;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentPermissions;
import org.twinningregistry.gazetteer.GovernmentSummary;

/**
 * Decides what the caller (a person signed in, an API token, or a trusted job run as
 * {@link SystemCurator}) may do where. Module facades ask it before every write, so
 * authorization never depends on which buttons a page shows.
 *
 * <p>
 * A record is within a grant when one of its governments is: the government itself for a
 * {@link RegistryRole#REPORTER}, a government of the subdivision for a
 * {@link RegistryRole#REVIEWER}, of the country (or any, with an empty scope) for a
 * {@link RegistryRole#CURATOR}. Reviewers and curators may report too; curators also
 * review.
 */
@Service
public class AccessControl implements GovernmentPermissions {

	private static final Set<RegistryRole> REPORTING = Set.of(RegistryRole.REPORTER, RegistryRole.REVIEWER,
			RegistryRole.CURATOR);

	private static final Set<RegistryRole> REVIEWING = Set.of(RegistryRole.REVIEWER, RegistryRole.CURATOR);

	private static final Set<RegistryRole> PUBLISHING = Set.of(RegistryRole.CURATOR);

	private final Gazetteer gazetteer;

	AccessControl(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** The caller's user name, empty when nobody signed in. */
	public Optional<String> username() {
		return authentication().map(Authentication::getName);
	}

	/** The caller's user name, or {@code anonymous}. */
	public String actor() {
		return username().orElse("anonymous");
	}

	/** The caller's grants (none when nobody signed in). */
	public Set<Grant> grants() {
		return authentication().stream()
			.flatMap(a -> a.getAuthorities().stream())
			.filter(Grant.class::isInstance)
			.map(Grant.class::cast)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether the caller holds the role somewhere. */
	public boolean holds(RegistryRole role) {
		return grants().stream().anyMatch(g -> g.role() == role);
	}

	/** Whether the caller manages accounts. */
	public boolean isAdmin() {
		return holds(RegistryRole.ADMIN);
	}

	/**
	 * Whether the caller may draft and submit records of these governments (a reporter of
	 * one, or a reviewer or curator above one).
	 */
	public boolean mayReport(Collection<GovernmentId> governments) {
		return within(REPORTING, governments);
	}

	/**
	 * Whether the caller may approve or return what these governments submit (a reviewer
	 * or curator above one of them).
	 */
	public boolean mayReview(Collection<GovernmentId> governments) {
		return within(REVIEWING, governments);
	}

	/** Whether the caller may publish records of these governments directly. */
	public boolean mayPublish(Collection<GovernmentId> governments) {
		return within(PUBLISHING, governments);
	}

	/**
	 * Whether the caller may change the gazetteer's governments of a country (a curator
	 * of the country or of every country).
	 */
	@Override
	public boolean mayManageGovernments(String country) {
		return grants().stream().anyMatch(g -> g.role() == RegistryRole.CURATOR && curatorCovers(g, country));
	}

	/**
	 * Whether the caller may add governments to the gazetteer: any curator, for their own
	 * country or a partner government abroad.
	 */
	@Override
	public boolean mayAddGovernments() {
		return holds(RegistryRole.CURATOR);
	}

	/**
	 * The office the caller acts in on records of these governments, to be recorded with
	 * the action ({@link Offices} shows it to the public instead of the user name): the
	 * narrowest of the caller's grants of at least {@code role} that covers one of them
	 * (a reporter of the government before a reviewer of its subdivision before a curator
	 * of its country before a curator of every country); the broadest such grant when no
	 * government is given (or none is covered, for a curator adding a government abroad).
	 * @param role the least role the action needs (REPORTER, REVIEWER or CURATOR)
	 * @return the grant as {@link Grant#toString()} writes it ({@code REVIEWER:CA-BC}),
	 * empty when the caller holds no such grant
	 */
	public String office(RegistryRole role, Collection<GovernmentId> governments) {
		List<Grant> held = grants().stream()
			.filter(g -> g.role() != RegistryRole.ADMIN && g.role().ordinal() >= role.ordinal())
			.sorted(Comparator.comparingInt(AccessControl::breadth).thenComparing(Grant::toString))
			.toList();
		if (held.isEmpty()) {
			return "";
		}
		Collection<GovernmentSummary> known = governments.isEmpty() ? List.of()
				: this.gazetteer.summaries(List.copyOf(governments)).values();
		return held.stream()
			.filter(g -> g.role() == RegistryRole.CURATOR && g.scope().isEmpty()
					|| known.stream().anyMatch(government -> covers(g, government)))
			.findFirst()
			.orElse(held.get(held.size() - 1))
			.toString();
	}

	/**
	 * Reporter of a government, reviewer of a subdivision, curator of one country, of
	 * all.
	 */
	private static int breadth(Grant grant) {
		return grant.role().ordinal() * 2 + (grant.scope().isEmpty() ? 1 : 0);
	}

	/**
	 * Whether a grant covers the government.
	 */
	public static boolean covers(Grant grant, GovernmentSummary government) {
		return switch (grant.role()) {
			case REPORTER -> grant.scope().equals(government.id().value());
			case REVIEWER -> grant.scope().equalsIgnoreCase(government.subdivision());
			case CURATOR -> curatorCovers(grant, government.country());
			case ADMIN -> false;
		};
	}

	/**
	 * Throws unless {@code allowed}: an
	 * {@link AuthenticationCredentialsNotFoundException} (401) when nobody signed in, an
	 * {@link AccessDeniedException} (403) otherwise.
	 * @param what what was refused, for the message and the log
	 */
	@Override
	public void require(boolean allowed, String what) {
		if (allowed) {
			return;
		}
		if (authentication().isEmpty()) {
			throw new AuthenticationCredentialsNotFoundException("Sign in to " + what + ".");
		}
		throw new AccessDeniedException(actor() + " may not " + what + ".");
	}

	private boolean within(Set<RegistryRole> roles, Collection<GovernmentId> governments) {
		List<Grant> grants = grants().stream().filter(g -> roles.contains(g.role())).toList();
		if (grants.isEmpty() || governments.isEmpty()) {
			return false;
		}
		if (grants.stream().anyMatch(g -> g.role() == RegistryRole.CURATOR && g.scope().isEmpty())) {
			return true;
		}
		Collection<GovernmentSummary> known = this.gazetteer.summaries(List.copyOf(governments)).values();
		return known.stream().anyMatch(government -> grants.stream().anyMatch(g -> covers(g, government)));
	}

	private static boolean curatorCovers(Grant grant, String country) {
		return grant.scope().isEmpty() || grant.scope().equalsIgnoreCase(country);
	}

	private static Optional<Authentication> authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication);
	}

}
