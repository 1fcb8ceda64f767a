-- Indexes for the statistics (module analytics reads these tables): a party in a country on
-- either side, and the engagements of an agreement in a window of years with the columns the
-- figures group by, so that PostgreSQL can answer from the index alone.
CREATE INDEX agreement_party_b_country_idx ON agreement (party_b_country);

DROP INDEX engagement_agreement_idx;
CREATE INDEX engagement_agreement_year_idx ON engagement (agreement_id, engagement_year, form, category, origin);
