package org.twinningregistry.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link ReviewedKind} of the application, by its key. Looked up when first asked:
 * the kinds' modules depend on the workflow, so the beans are not there yet when the
 * workflow's are made.
 */
@Component
class ReviewedKinds {

	private final ObjectProvider<ReviewedKind<?>> provider;

	private volatile Map<String, ReviewedKind<?>> byKey;

	ReviewedKinds(ObjectProvider<ReviewedKind<?>> provider) {
		this.provider = provider;
	}

	/** Every kind. */
	List<RecordKind> all() {
		return this.provider.orderedStream().map(ReviewedKind::kind).toList();
	}

	/** The kind of a record. */
	ReviewedKind<?> of(RecordRef record) {
		return byKey(record.kind().key());
	}

	/** The kind stored under this key. */
	ReviewedKind<?> byKey(String key) {
		if (this.byKey == null) {
			this.byKey = index(k -> k.kind().key());
		}
		ReviewedKind<?> kind = this.byKey.get(key);
		if (kind == null) {
			throw new IllegalStateException("no reviewed kind " + key);
		}
		return kind;
	}

	private Map<String, ReviewedKind<?>> index(Function<ReviewedKind<?>, String> key) {
		return this.provider.orderedStream().collect(Collectors.toUnmodifiableMap(key, k -> k));
	}

}
