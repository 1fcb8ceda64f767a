package org.twinningregistry.gazetteer.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.twinningregistry.gazetteer.GovernmentDetails;
import org.twinningregistry.gazetteer.GovernmentId;
import org.twinningregistry.gazetteer.GovernmentLevel;
import org.twinningregistry.gazetteer.GovernmentNames;
import org.twinningregistry.gazetteer.GovernmentValues;

/** A sub-national government: the aggregate of the gazetteer. */
@Entity
@Table(name = "government")
public class Government {

	@Id
	private String id;

	private String name;

	@Column(name = "name_fr")
	private @Nullable String nameFr;

	@Column(name = "name_local")
	private @Nullable String nameLocal;

	@JdbcTypeCode(SqlTypes.CHAR)
	private String country;

	private String subdivision;

	@Enumerated(EnumType.STRING)
	private GovernmentLevel level;

	@Column(name = "parent_id")
	private @Nullable String parent;

	private @Nullable Long population;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	private @Nullable String wikidata;

	private @Nullable Long geonames;

	@Column(name = "search_text")
	private String searchText;

	@Version
	private @Nullable Long version;

	protected Government() {
		this.id = "";
		this.name = "";
		this.country = "";
		this.subdivision = "";
		this.level = GovernmentLevel.LOCAL;
		this.searchText = "";
	}

	public Government(GovernmentId id, GovernmentValues values) {
		this();
		this.id = id.value();
		apply(values);
	}

	public GovernmentId id() {
		return new GovernmentId(this.id);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public GovernmentValues values() {
		return new GovernmentValues(this.name, this.nameFr, this.nameLocal, this.country, this.subdivision, this.level,
				(this.parent != null) ? new GovernmentId(this.parent) : null, this.population, this.latitude,
				this.longitude, this.wikidata, this.geonames);
	}

	public GovernmentDetails details() {
		return new GovernmentDetails(id(), values(), version());
	}

	/**
	 * Replaces every value; the caller has checked them with {@link GovernmentRules}.
	 * @return whether anything changed
	 */
	public boolean apply(GovernmentValues values) {
		if (values.equals(values())) {
			return false;
		}
		this.name = values.name();
		this.nameFr = values.nameFr();
		this.nameLocal = values.nameLocal();
		this.country = values.country();
		this.subdivision = values.subdivision();
		this.level = values.level();
		this.parent = (values.parent() != null) ? values.parent().value() : null;
		this.population = values.population();
		this.latitude = values.latitude();
		this.longitude = values.longitude();
		this.wikidata = values.wikidata();
		this.geonames = values.geonames();
		this.searchText = GovernmentNames.searchText(values);
		return true;
	}

	/**
	 * Whether a change from the given values concerns names or place, which others copy.
	 */
	public boolean namesOrPlaceDifferFrom(GovernmentValues before) {
		GovernmentValues now = values();
		return !(Objects.equals(before.name(), now.name()) && Objects.equals(before.nameFr(), now.nameFr())
				&& Objects.equals(before.nameLocal(), now.nameLocal()) && before.country().equals(now.country())
				&& before.subdivision().equals(now.subdivision()));
	}

}
