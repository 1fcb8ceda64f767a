package org.twinningregistry.importexport.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Orders rows so that a row comes after the row of the same file it names (a city after
 * its province, an upgrade after the agreement it supersedes); otherwise file order is
 * kept. A cycle is left in file order, and the facade then reports the dangling
 * reference.
 */
final class DependencyOrder {

	private DependencyOrder() {
	}

	static <T> List<T> sort(List<T> items, Function<T, String> id, Function<T, @Nullable String> dependency) {
		Map<String, T> byId = new LinkedHashMap<>();
		items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
		List<T> sorted = new ArrayList<>(items.size());
		Set<String> placed = new HashSet<>();
		Set<String> visiting = new HashSet<>();
		for (T item : items) {
			place(item, byId, id, dependency, sorted, placed, visiting);
		}
		return sorted;
	}

	private static <T> void place(T item, Map<String, T> byId, Function<T, String> id,
			Function<T, @Nullable String> dependency, List<T> sorted, Set<String> placed, Set<String> visiting) {
		String key = id.apply(item);
		if (placed.contains(key) || !visiting.add(key)) {
			return;
		}
		String before = dependency.apply(item);
		T first = (before != null) ? byId.get(before) : null;
		if (first != null) {
			place(first, byId, id, dependency, sorted, placed, visiting);
		}
		placed.add(key);
		sorted.add(item);
	}

}
