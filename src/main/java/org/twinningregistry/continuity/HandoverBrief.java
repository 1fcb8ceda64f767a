package org.twinningregistry.continuity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinningregistry.gazetteer.Gazetteer;
import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.shared.NotFoundException;
import org.twinningregistry.shared.PageSection;

/**
 * A government's handover brief: what a new mayor or officer needs to carry its
 * relationships on, as of today. The brief is its header and its sections, each a
 * {@link PageSection} of the page {@code "brief"} (a fragment and one read): current
 * relationships with their recent engagements, ended and superseded ones, what is coming,
 * the documents on file, the offices that keep the partners' records. A module adds a
 * section (the strategy module's strategy, office and plans) by declaring one more such
 * bean. The page and the PDF show the same sections. Reads are public; internal documents
 * appear only for those who may see them.
 */
@Service
public class HandoverBrief {

	/** The page the brief's sections belong to. */
	public static final String PAGE = "brief";

	private final Gazetteer gazetteer;

	private final BriefReads reads;

	private final RelationshipCalendar calendar;

	private final ObjectProvider<PageSection> sections;

	HandoverBrief(Gazetteer gazetteer, BriefReads reads, RelationshipCalendar calendar,
			ObjectProvider<PageSection> sections) {
		this.gazetteer = gazetteer;
		this.reads = reads;
		this.calendar = calendar;
		this.sections = sections;
	}

	/**
	 * The top of the brief: the government's names and place, and today.
	 * @throws NotFoundException if there is no such government
	 */
	@Transactional(readOnly = true)
	public BriefHeader header(GovernmentId government, Locale locale) {
		GovernmentDetails details = this.gazetteer.get(government);
		return new BriefHeader(details, this.gazetteer.countryName(details.values().country(), locale),
				this.gazetteer.subdivisionName(details.values().subdivision(), locale), this.calendar.today());
	}

	/**
	 * The brief's sections, in order.
	 * @throws NotFoundException if there is no such government
	 */
	@Transactional(readOnly = true)
	public List<BriefPart> sections(GovernmentId government, Locale locale) {
		this.gazetteer.get(government);
		return this.sections.stream()
			.filter(section -> PAGE.equals(section.page()))
			.sorted(Comparator.comparingInt(PageSection::order))
			.map(section -> new BriefPart(section.fragment(), section.model(government.value(), locale)))
			.toList();
	}

	/**
	 * The government's current relationships (a partner with at least one agreement
	 * current today), oldest first, each active or dormant as the statistics define it,
	 * with its engagements of the last five years.
	 */
	@Transactional(readOnly = true)
	public List<Relationship> relationships(GovernmentId government, Locale locale) {
		return this.reads.relationships(government, today(), locale);
	}

	/** The government's agreements that ended, expired or were superseded. */
	@Transactional(readOnly = true)
	public List<PastAgreement> past(GovernmentId government) {
		return this.reads.past(government, today());
	}

	private LocalDate today() {
		return this.calendar.today();
	}

}
