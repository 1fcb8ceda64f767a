package org.twinningregistry.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.twinningregistry.account.Offices;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentSummary;
import org.twinningregistry.shared.ConflictException;
import org.twinningregistry.workflow.domain.ConfirmationRecord;
import org.twinningregistry.workflow.domain.HistoryRecord;
import org.twinningregistry.workflow.domain.Revision;

/**
 * How the desk stores proposals and history as text: values and field changes as JSON,
 * parties comma-separated, and field diffs; also the "locked" problem naming who can
 * unlock a submitted revision.
 */
@Component
class WorkflowText {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final TypeReference<LinkedHashMap<String, @Nullable String>> FIELDS = new TypeReference<>() {
	};

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final Gazetteer gazetteer;

	private final Offices offices;

	WorkflowText(Gazetteer gazetteer, Offices offices) {
		this.gazetteer = gazetteer;
		this.offices = offices;
	}

	/**
	 * A stored step as it is shown: by the office its actor acted in, with the user name
	 * only if {@code names}.
	 */
	HistoryEntry entry(HistoryRecord step, boolean names) {
		return new HistoryEntry(step.at(), this.offices.describe(step.actorOffice()), step.actorOffice(),
				names ? step.actor() : null, step.action(), changes(step.changesJson()), step.reason());
	}

	/** A stored confirmation as it is shown, like {@link #entry}. */
	Confirmation confirmation(ConfirmationRecord given, boolean names) {
		return new Confirmation(new GovernmentId(given.government()), this.offices.describe(given.confirmedOffice()),
				given.confirmedOffice(), names ? given.confirmedBy() : null, given.confirmedAt());
	}

	/**
	 * The parties an agreement's fields name ({@code partyA}, {@code partyB}), after or
	 * before a change; none for other records.
	 */
	static List<GovernmentId> partiesOf(Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
		Map<String, @Nullable String> fields = after.isEmpty() ? before : after;
		return Stream.of(fields.get("partyA"), fields.get("partyB"))
			.filter(Objects::nonNull)
			.map(GovernmentId::new)
			.toList();
	}

	Revision.Content content(Proposal proposal) {
		String parties = proposal.parties().stream().map(GovernmentId::value).sorted().collect(Collectors.joining(","));
		return new Revision.Content(JSON.writeValueAsString(proposal.values()),
				JSON.writeValueAsString(proposal.fields()), parties);
	}

	<T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

	Map<String, @Nullable String> fields(String json) {
		return Collections.unmodifiableMap(JSON.readValue(json, FIELDS));
	}

	List<FieldChange> changes(String json) {
		return JSON.readValue(json, CHANGES);
	}

	String write(List<FieldChange> changes) {
		return JSON.writeValueAsString(changes);
	}

	/**
	 * The 409 of an edit of a submitted revision: says who submitted it and who can
	 * return it (a reviewer of a party's subdivision or a curator of its country).
	 */
	ConflictException locked(Revision revision) {
		Collection<GovernmentSummary> parties = this.gazetteer.summaries(parties(revision.parties())).values();
		Set<String> subdivisions = new TreeSet<>();
		Set<String> countries = new TreeSet<>();
		for (GovernmentSummary party : parties) {
			subdivisions.add(party.subdivision());
			countries.add(party.country());
		}
		return new ConflictException("error.revision.locked", revision.kind(), revision.recordId(),
				Objects.requireNonNullElse(revision.submittedBy(), revision.author()), String.join(", ", subdivisions),
				String.join(", ", countries));
	}

	static List<GovernmentId> parties(String stored) {
		return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(GovernmentId::new).toList();
	}

	/**
	 * The fields whose text differs, in the order of {@code after} then {@code before}.
	 */
	static List<FieldChange> diff(Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
		Set<String> names = new LinkedHashSet<>(after.keySet());
		names.addAll(before.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String name : names) {
			String from = before.get(name);
			String to = after.get(name);
			if (!Objects.equals(from, to)) {
				changes.add(new FieldChange(name, from, to));
			}
		}
		return changes;
	}

}
