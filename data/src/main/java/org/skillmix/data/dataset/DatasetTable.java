package org.skillmix.data.dataset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of a system dataset, format version 1, in the order they are read and written (a
 * table comes after the tables its codes refer to). Each has a file {@code NAME.csv} in a folder or
 * zip, or a sheet {@code NAME} in a workbook.
 */
public enum DatasetTable implements TableSpec {
    MANIFEST(
            "manifest",
            true,
            "a key of the manifest",
            "What the dataset is: format version, the ICB, the system's name and the first projected month.",
            Column.text(
                    "key",
                    "format_version, icb_ods_code, icb_ons_code, name, base_month, reference_imd_score or description"),
            Column.text("value", "the key's value (base_month as YYYY-MM)")),
    PLACES(
            "places",
            true,
            "place",
            "The places of the system: local authorities (ONS GSS codes) or neighbourhoods.",
            Column.code("place_code", "ONS GSS code (E06..., E07..., E08..., E09...) or a neighbourhood code"),
            Column.text("name", "the place's name"),
            Column.optionalText("type", "local_authority", "local_authority or neighbourhood")),
    ORGANISATIONS(
            "organisations",
            true,
            "organisation",
            "Providers and commissioners, by ODS code, with their sector and home place.",
            Column.code("org_code", "ODS code, or a code the dataset defines for an aggregate"),
            Column.text("name", "the organisation's name"),
            Column.text(
                    "sector",
                    "acute, mental_health, community, ambulance, primary_care, adult_social_care, local_authority, voluntary or independent"),
            Column.code("place_code", "home place (a place_code of places)")),
    CATCHMENTS(
            "catchments",
            false,
            "organisation x place it serves",
            "The places each organisation's staff serve, with the share of their time each takes (a trust running"
                    + " hospitals in several local authorities, say); an organisation's shares add up to 1 (within 0.01)."
                    + " An organisation without rows serves only its home place. Say where the shares come from in a"
                    + " source column.",
            Column.code("org_code", "an org_code of organisations"),
            Column.code("place_code", "a place_code of places the organisation serves"),
            Column.number(
                    "share", "share of the organisation's staff time that serves the place", Bounds.CATCHMENT_SHARE)),
    CAPABILITIES(
            "capabilities",
            true,
            "capability",
            "Units of skill that demand is stated in (wound care, personal care, triage...).",
            Column.code("capability_code", "short code"),
            Column.text("name", "the capability's name"),
            Column.optionalNumber(
                    "productive_hours_per_fte_month",
                    "119.33",
                    "hours per FTE-month: contracted hours less leave, bank holidays and training",
                    Bounds.PRODUCTIVE_HOURS)),
    ROLES(
            "roles",
            true,
            "role",
            "Job roles with their pay and cost.",
            Column.code("role_code", "short code"),
            Column.text("name", "the role's name"),
            Column.optionalText("staff_group", "blank", "published staff group, e.g. Nurses & health visitors"),
            Column.optionalText("pay_band", "blank", "e.g. AfC 5, NLW"),
            Column.number("annual_pay_gbp", "GBP per FTE-year, basic pay", Bounds.ANNUAL_PAY),
            Column.number(
                    "annual_cost_gbp",
                    "GBP per FTE-year, pay plus on-costs, at least annual_pay_gbp",
                    Bounds.ANNUAL_COST),
            Column.optionalNumber(
                    "contracted_hours_per_week", "37.5", "hours per week for one FTE", Bounds.CONTRACTED_HOURS),
            Column.optionalNumber(
                    "training_lead_time_months", "0", "months from starting training to qualifying", Bounds.LEAD_TIME)),
    ROLE_CAPABILITIES(
            "role_capabilities",
            true,
            "role x capability it can deliver",
            "Which capabilities each role can deliver. Every role with staff needs at least one row.",
            Column.code("role_code", "a role_code of roles"),
            Column.code("capability_code", "a capability_code of capabilities"),
            Column.number("max_share", "largest share of the role's time the capability may take", Bounds.MAX_SHARE)),
    SERVICES(
            "services",
            true,
            "service (kind of activity)",
            "Kinds of activity that create demand, with the sector whose staff deliver them.",
            Column.all(
                    Column.code("service_code", "short code"),
                    Column.text("name", "the service's name"),
                    Column.text("sector", "the sector whose staff deliver it (a sector name as in organisations)"),
                    Column.optionalText("criticality", "standard", "critical, high or standard"),
                    Column.uncertain(
                            "growth", "1", "annual non-demographic growth factor (1.02 = 2 % a year)", Bounds.GROWTH),
                    Column.uncertain("unmet_need", "1", "uplift for need not met today (1 = none)", Bounds.UNMET_NEED),
                    Column.optionalNumber(
                            "deprivation_elasticity",
                            "0",
                            "e in dep = (imd_score / reference_imd_score)^e",
                            Bounds.DEPRIVATION_ELASTICITY))),
    POPULATION(
            "population",
            true,
            "place x year x sex x age band",
            "Resident population by mid-year, sex and age band (estimates and projections).",
            Column.code("place_code", "a place_code of places"),
            Column.number(
                    "year",
                    "mid-year (30 June) of the estimate or projection; financial year Y/Y+1 uses Y",
                    Bounds.POPULATION_YEAR),
            Column.text("sex", "F or M"),
            Column.text("age_band", "e.g. 0-4, 5-9, ..., 85+ (the bands of utilisation)"),
            Column.number("persons", "people", Bounds.PERSONS)),
    DEPRIVATION(
            "deprivation",
            false,
            "place",
            "IMD 2019 score per place; a place without a row has no deprivation adjustment.",
            Column.code("place_code", "a place_code of places"),
            Column.number("imd_score", "IMD 2019 population-weighted average score", Bounds.IMD_SCORE)),
    UTILISATION(
            "utilisation",
            true,
            "service x age band x sex",
            "Activity per person per year by age band and sex.",
            Column.code("service_code", "a service_code of services"),
            Column.text("age_band", "an age band of population"),
            Column.text("sex", "F, M or ALL (both sexes)"),
            Column.number(
                    "activity_per_person_year",
                    "units of the service's activity per person per year",
                    Bounds.ACTIVITY_PER_PERSON)),
    CAPABILITY_HOURS(
            "capability_hours",
            true,
            "service x capability",
            "Capability-hours needed per unit of each service's activity.",
            Column.code("service_code", "a service_code of services"),
            Column.code("capability_code", "a capability_code of capabilities"),
            Column.number("hours_per_activity", "hours per unit of activity", Bounds.HOURS_PER_ACTIVITY)),
    SEASONALITY(
            "seasonality",
            false,
            "service x place x calendar month",
            "Activity per day by calendar month over the year's mean per day; each profile has 12 months whose"
                    + " day-weighted mean is 1 (within 0.01).",
            Column.code("service_code", "a service_code of services"),
            Column.code("place_code", "a place_code of places, or ALL for every place without its own profile"),
            Column.number("month", "calendar month", Bounds.MONTH),
            Column.number(
                    "multiplier",
                    "activity per day this month over the year's mean per day",
                    Bounds.SEASONAL_MULTIPLIER)),
    WORKFORCE(
            "workforce",
            true,
            "organisation x role",
            "Staff in post, vacancies and temporary staff at the start of base_month, with rates.",
            Column.all(
                    Column.code("org_code", "an org_code of organisations"),
                    Column.code("role_code", "a role_code of roles"),
                    Column.optionalNumber("headcount", "blank (not known)", "people", Bounds.HEADCOUNT),
                    Column.number("fte_in_post", "substantive FTE in post", Bounds.STAFF_FTE),
                    Column.number(
                            "vacancy_fte",
                            "funded FTE not filled; establishment = fte_in_post + vacancy_fte",
                            Bounds.STAFF_FTE),
                    Column.optionalNumber(
                            "bank_fte", "0", "bank FTE worked per month on average", Bounds.TEMPORARY_FTE),
                    Column.optionalNumber(
                            "agency_fte", "0", "agency FTE worked per month on average", Bounds.TEMPORARY_FTE),
                    Column.number("sickness_rate", "share of FTE days lost to sickness", Bounds.SICKNESS),
                    Column.uncertain("leaver_rate", "", "annual share of staff in post who leave", Bounds.LEAVER_RATE),
                    Column.uncertain(
                            "fill_rate", "", "annual share of vacancies filled by external recruits", Bounds.FILL_RATE),
                    Column.optionalText("sickness_rate_basis", "national", "organisation (its own) or national"),
                    Column.optionalText("leaver_rate_basis", "national", "organisation (its own) or national"))),
    FLOWS(
            "flows",
            false,
            "transfer route between sector-roles",
            "Moves of staff between sectors and roles each year; a two-way move is two rows.",
            Column.all(
                    Column.text("from_sector", "sector staff move from"),
                    Column.code("from_role", "a role_code staff move from"),
                    Column.text("to_sector", "sector staff move to"),
                    Column.code("to_role", "a role_code staff move to"),
                    Column.uncertain("annual_rate", "", "share of the from-stock moving each year", Bounds.FLOW_RATE),
                    Column.optionalNumber(
                            "pay_elasticity",
                            "0",
                            "e in rate x max(0, 1 + e x (pay_to - pay_from) / pay_from)",
                            Bounds.PAY_ELASTICITY))),
    PIPELINE(
            "pipeline",
            false,
            "role x place x intake year",
            "Training intakes that qualify into roles.",
            Column.all(
                    Column.code("role_code", "the role_code qualified into"),
                    Column.code("place_code", "a place_code where qualifiers take posts, or ALL (anywhere)"),
                    Column.number("year", "financial year the intake starts (2025 = 2025/26)", Bounds.INTAKE_YEAR),
                    Column.number("intake", "students starting that year", Bounds.INTAKE),
                    Column.number("course_months", "course length in months", Bounds.COURSE_MONTHS),
                    Column.uncertain("completion_rate", "", "share of starters who qualify", Bounds.COMPLETION),
                    Column.uncertain(
                            "local_retention",
                            "",
                            "share of qualifiers who take a post in the system",
                            Bounds.RETENTION))),
    ASSUMPTIONS(
            "assumptions",
            false,
            "parameter x scope",
            "System-wide parameters: labour_pool_annual, bank_cost_factor, agency_cost_factor, establishment_growth.",
            Column.all(
                    Column.text(
                            "parameter",
                            "labour_pool_annual, bank_cost_factor, agency_cost_factor or establishment_growth"),
                    Column.code(
                            "scope",
                            "ALL, a role_code, (establishment_growth, trend_establishment_growth) a sector or an"
                                    + " org_code, or (workload_norm_factor) a service_code"),
                    Column.uncertain("value", "", "the parameter's value, in its unit", Bounds.ASSUMPTION),
                    Column.optionalText("unit", "blank", "the value's unit (FTE per year, ratio...)"),
                    Column.optionalText("source", "blank", "where the figure comes from"))),
    INTERVENTIONS(
            "interventions",
            false,
            "scenario x intervention",
            "Scenarios and their interventions (docs/interventions.md): rows with the same scenario_code make one"
                    + " scenario. A plain projection ignores them; skillmix compare, optimise and project --scenario use them.",
            InterventionsTable.COLUMNS),
    METRICS(
            "metrics",
            false,
            "metric x organisation x month",
            "System metrics the ICS is held to account on (docs/metrics.md), monthly, per organisation and for the whole"
                    + " ICS (org_code = the manifest's icb_ods_code). A projection does not read them; the dashboard shows"
                    + " each against its national threshold.",
            Column.text(
                    "metric",
                    "CALL_111_ABANDONMENT, CALL_999_ANSWER_MEAN, CATEGORY_2_MEAN, HANDOVER_HOURS_LOST,"
                            + " GA_OCCUPANCY, NCTR_SHARE_OF_BEDS, AE_FOUR_HOUR, VACANCY_RATE, LEAVER_RATE, SICKNESS_RATE or AGENCY_SHARE"),
            Column.code("org_code", "an org_code of organisations, or the icb_ods_code of the manifest for the ICS"),
            Column.text("month", "the month the figure is for, YYYY-MM"),
            Column.number(
                    "value", "in the metric's unit: shares 0-1, seconds, minutes or hours per day", Bounds.METRIC),
            Column.optionalText("source", "blank", "where the figure comes from")),
    DISCHARGE(
            "discharge",
            false,
            "parameter x (ICB or place)",
            "What the discharge flow model needs to value extra care workers in the scenario comparison (docs/discharge.md):"
                    + " the ICB's calibration (scope = the manifest's icb_ods_code) and each place's share of new NCTR patients,"
                    + " staff and beds (scope = a place_code). Written by skillmix import --icb.",
            Column.text(
                    "parameter",
                    "CAPACITY_PER_DAY, HALF_SATURATION, WEEKDAY_MON..WEEKDAY_SUN, ARRIVALS_PER_DAY, BACKLOG,"
                            + " MEAN_BACKLOG, HOMECARE_SHARE (ICB); ARRIVAL_SHARE, HOMECARE_FTE, CARE_HOME_BEDS, CARE_HOME_STAFF_FTE,"
                            + " COMMUNITY_FTE, GA_BEDS, GA_OCCUPIED (place)"),
            Column.code(
                    "scope",
                    "the icb_ods_code of the manifest for an ICB figure, a place_code of places for a place figure"),
            Column.number("value", "in the parameter's unit", Bounds.DISCHARGE),
            Column.optionalText("source", "blank", "where the figure comes from")),
    RESERVED_CAPABILITIES(
            "reserved_capabilities",
            false,
            "reserved capability x licensed role",
            "Scope of practice for workforce design: capabilities of which licensed roles must deliver at least a share"
                    + " (prescribing by prescribers, diagnosis by registered doctors). One row per licensed role; every row"
                    + " of a capability gives the same share. Say which regulation or standard in the source column.",
            Column.code("capability_code", "a capability_code of capabilities"),
            Column.code("licensed_role_code", "a role_code of roles licensed to deliver it"),
            Column.number(
                    "min_licensed_share",
                    "least share of the capability the licensed roles deliver together (1: no other role)",
                    Bounds.LICENSED_SHARE),
            Column.optionalText("source", "blank", "the regulation, standard or judgement the rule comes from")),
    SUPERVISION(
            "supervision",
            false,
            "supervised role x supervisor role",
            "Roles that work under supervision (physician associates, nursing associates, care workers) and how many"
                    + " FTE of them one FTE of a supervisor role can supervise; a role with several rows may be supervised"
                    + " by any of them. Workforce design keeps every supervised FTE within its supervisors' places.",
            Column.code("role_code", "a role_code of roles that works under supervision"),
            Column.code("supervisor_role_code", "a role_code of roles that supervises it"),
            Column.number(
                    "max_supervisees_per_fte", "FTE one supervisor FTE can supervise", Bounds.SUPERVISEES_PER_FTE),
            Column.optionalText("source", "blank", "the guidance or judgement the ratio comes from")),
    STAFF_EXPERIENCE(
            "staff_experience",
            false,
            "organisation x year x indicator",
            "Staff-survey indicators by organisation and survey year, in percent of respondents (NHS Staff Survey:"
                    + " burnout, work_stress, enough_staff). Rows for ENGLAND give the national figure each organisation"
                    + " is compared with; burnout above it raises leaving, work stress raises sickness (docs/method.md).",
            Column.code("org_code", "an org_code of organisations, or ENGLAND for the national figure"),
            Column.number("year", "survey year (fieldwork in the autumn of that year)", Bounds.SURVEY_YEAR),
            Column.code("indicator", "burnout, work_stress or enough_staff"),
            Column.number("value", "percentage of respondents, 0-100", Bounds.SURVEY_PERCENT),
            Column.optionalText("source", "blank", "the survey and question the figure comes from")),
    SICKNESS_SEASONALITY(
            "sickness_seasonality",
            false,
            "calendar month",
            "Sickness absence by calendar month over the year's average: 12 rows whose factors average 1 (within"
                    + " 0.01), so workforce.csv's annual sickness rate is kept over a year.",
            Column.number("month", "calendar month, whole number 1-12", Bounds.MONTH),
            Column.number("factor", "sickness this month over the year's average, 0.5-2", Bounds.SICKNESS_SEASON),
            Column.optionalText("source", "blank", "the published monthly series the profile comes from")),
    WORKFORCE_EQUALITY(
            "workforce_equality",
            false,
            "organisation x year x indicator x staff group",
            "WRES and WDES staff-survey measures by organisation, year and group of staff, in percent of the"
                    + " group's respondents; rows for ENGLAND give the national figure. Shown beside the plan.",
            Column.code("org_code", "an org_code of organisations, or ENGLAND for the national figure"),
            Column.number("year", "survey year (fieldwork in the autumn of that year)", Bounds.SURVEY_YEAR),
            Column.code("indicator", "a measure (docs/dataset.md): harassment_* or discrimination_*"),
            Column.code("staff_group", "all_staff, ethnic_minority, white, disabled or not_disabled"),
            Column.number("value", "percentage of the group's respondents, 0-100", Bounds.SURVEY_PERCENT),
            Column.optionalText("source", "blank", "the survey or WRES/WDES return and question"));

    /** Allowed in every table and ignored (except in assumptions, which keeps it). */
    static final String SOURCE = "source";

    private final String sheetName;
    private final boolean required;
    private final String oneRowPer;
    private final String description;
    private final List<Column> columns;
    private final Map<String, Column> byName = new HashMap<>();

    DatasetTable(String sheetName, boolean required, String oneRowPer, String description, Column... columns) {
        this(sheetName, required, oneRowPer, description, List.of(columns));
    }

    DatasetTable(String sheetName, boolean required, String oneRowPer, String description, List<Column> columns) {
        this.sheetName = sheetName;
        this.required = required;
        this.oneRowPer = oneRowPer;
        this.description = description;
        this.columns = List.copyOf(columns);
        columns.forEach(c -> byName.put(c.name(), c));
    }

    /** The name of the table's sheet in a workbook, and its file name without {@code .csv}. */
    public String sheetName() {
        return sheetName;
    }

    public String fileName() {
        return sheetName + ".csv";
    }

    /** Whether a dataset must have this table, with at least one row. */
    public boolean required() {
        return required;
    }

    public String oneRowPer() {
        return oneRowPer;
    }

    public String description() {
        return description;
    }

    /** The columns in the order the writer puts them. */
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Optional<Column> column(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The table a file or sheet name stands for, ignoring case and a {@code .csv} ending. */
    public static Optional<DatasetTable> named(String fileOrSheet) {
        String wanted = fileOrSheet.trim().toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "");
        return Arrays.stream(values()).filter(t -> t.sheetName.equals(wanted)).findFirst();
    }
}
