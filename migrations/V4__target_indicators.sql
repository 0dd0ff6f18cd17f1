-- The indicator each figure measures: a code of data/indicators.tsv ("grdp_growth",
-- "budget_revenue", "party_members_admitted" ...), NULL when the figure is no indicator.
-- kb fills it on load; `kb report indicators --param indicator=CODE` lines provinces and
-- years up on one code, `kb report indicator_codes` lists the codes found.
ALTER TABLE targets ADD COLUMN indicator TEXT;

CREATE INDEX targets_indicator ON targets(indicator, year);
