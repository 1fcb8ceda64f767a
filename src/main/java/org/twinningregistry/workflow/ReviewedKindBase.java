package org.twinningregistry.workflow;

import java.util.function.Consumer;

/**
 * What every {@link ReviewedKind} declares the same way, written once: its
 * {@link RecordKind}, its values type and the rule its ids keep. A kind extends it and
 * adds what is its own (its published records, parties, rules, publishing and fields).
 *
 * @param <V> the kind's values
 */
public abstract class ReviewedKindBase<V> implements ReviewedKind<V> {

	private final RecordKind kind;

	private final Class<V> valuesType;

	private final Consumer<String> idRule;

	/**
	 * @param kind the kind, with its stored key and path segment
	 * @param valuesType the type of its values
	 * @param idRule throws {@link IllegalArgumentException} for an id the kind's records
	 * cannot have (typically the id record's constructor, {@code EngagementId::new})
	 */
	protected ReviewedKindBase(RecordKind kind, Class<V> valuesType, Consumer<String> idRule) {
		this.kind = kind;
		this.valuesType = valuesType;
		this.idRule = idRule;
	}

	@Override
	public final RecordKind kind() {
		return this.kind;
	}

	@Override
	public final void requireId(String id) {
		this.idRule.accept(id);
	}

	@Override
	public final Class<V> valuesType() {
		return this.valuesType;
	}

}
