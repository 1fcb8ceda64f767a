package org.twinningregistry.partnerfinder;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.workflow.HistoryLog;
import org.twinningregistry.workflow.RecordRef;
import org.twinningregistry.workflow.RecordWrites;

/**
 * Gives a new partner request its id, {@code PR-<government>-<n>}: the first number no
 * request of the government holds or ever held (a deleted request's or a discarded
 * draft's history stays its own). A government id longer than 52 characters is cut, so
 * that the id keeps to 64.
 */
@Component
class PartnerRequestIds {

	/** Longest government id kept whole in a request id. */
	private static final int GOVERNMENT = 52;

	private final RecordWrites writes;

	private final HistoryLog history;

	PartnerRequestIds(RecordWrites writes, HistoryLog history) {
		this.writes = writes;
		this.history = history;
	}

	PartnerRequestId next(GovernmentId government) {
		String value = government.value();
		String prefix = "PR-" + ((value.length() > GOVERNMENT) ? value.substring(0, GOVERNMENT) : value) + "-";
		for (int n = 1;; n++) {
			PartnerRequestId id = new PartnerRequestId(prefix + n);
			RecordRef record = SeekingList.ref(id);
			if (!this.writes.exists(record) && !hasHistory(record, government)) {
				return id;
			}
		}
	}

	/**
	 * Whether anything was recorded of the record that a writer for the government sees.
	 */
	private boolean hasHistory(RecordRef record, GovernmentId government) {
		return !this.history.history(record, List.of(government), Map.of(), null).isEmpty();
	}

}
