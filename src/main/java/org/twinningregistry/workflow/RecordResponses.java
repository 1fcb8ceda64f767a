package org.twinningregistry.workflow;

/**
 * How the workflow's API ({@code /api/v1/{segment}/{id}/…}) shows a record of a kind: as
 * the kind's own API shows it. Implemented in the kind's {@code api} package beside its
 * {@link ReviewedKind}, and found by the workflow as a Spring bean.
 */
public interface RecordResponses {

	/** The kind it shows. */
	RecordKind kind();

	/**
	 * The published record, as its API shows it (an approval's response).
	 * @throws org.twinningregistry.shared.NotFoundException if it is not published
	 */
	Object published(String id);

	/**
	 * A revision's proposed record, as its API shows it (the property named after the
	 * kind's key in a revision's JSON).
	 */
	Object proposed(OpenRevision<?> revision);

}
