package org.twinningregistry.workflow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The history of a record an import created stores no field list for that creation: a
 * million-row import would otherwise write every value a second time. The values it was
 * created with are those the record had before the next change of its published values,
 * found by undoing every later change, newest first, from the record's current values (a
 * deletion's entry holds the values it removed).
 */
final class ImportedValues {

	/** What an import's creation stores in place of its field changes. */
	static final String STORED = "[]";

	/** The entries that change the published values, with the changes they record. */
	private static final Set<HistoryAction> PUBLISHING = EnumSet.of(HistoryAction.CREATED, HistoryAction.UPDATED,
			HistoryAction.DELETED, HistoryAction.IMPORTED, HistoryAction.APPROVED);

	private ImportedValues() {
	}

	/**
	 * The entries, oldest first, with each import's creation given the fields it created.
	 * @param current the record's published fields now, empty when it is not published
	 */
	static List<HistoryEntry> restore(List<HistoryEntry> entries, Map<String, @Nullable String> current) {
		if (entries.stream().noneMatch(ImportedValues::isCreationByImport)) {
			return entries;
		}
		List<HistoryEntry> restored = new ArrayList<>(entries);
		Map<String, @Nullable String> state = new LinkedHashMap<>(current);
		for (int i = restored.size() - 1; i >= 0; i--) {
			HistoryEntry entry = restored.get(i);
			if (!PUBLISHING.contains(entry.action())) {
				continue;
			}
			if (isCreationByImport(entry)) {
				restored.set(i, entry.withChanges(WorkflowText.diff(Map.of(), state)));
				state.clear();
			}
			else {
				for (FieldChange change : entry.changes()) {
					state.put(change.field(), change.from());
				}
			}
		}
		return restored;
	}

	/**
	 * Whether a published change is an import's creation of a record, stored as
	 * {@link #STORED}.
	 */
	static boolean isCreation(HistoryAction action, Map<String, @Nullable String> before) {
		return action == HistoryAction.IMPORTED && before.isEmpty();
	}

	private static boolean isCreationByImport(HistoryEntry entry) {
		return entry.action() == HistoryAction.IMPORTED && entry.changes().isEmpty();
	}

}
