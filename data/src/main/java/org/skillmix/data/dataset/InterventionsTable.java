package org.skillmix.data.dataset;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.system.Sector;
import org.skillmix.core.uncertainty.Interval;

/**
 * interventions.csv: one row per intervention of a scenario. Rows with the same scenario_code make one
 * scenario, in file order. Which columns a kind needs is checked here (a rotation's target, a new role's
 * role, an upskilling's capability and share, a training course's length); docs/interventions.md says why.
 */
final class InterventionsTable implements TableParser<InterventionsTable.Row> {

    /** The longest intervention_name: it is shown with its code in the board pack's tables. */
    static final int NAME_LIMIT = 120;

    /** The columns, in the order the writer puts them (DatasetTable.INTERVENTIONS declares the table). */
    static final List<Column> COLUMNS = Column.all(
            Column.code("scenario_code", "the scenario the intervention belongs to (not ALL)"),
            Column.optionalText("scenario_name", "the scenario code", "the scenario's name (give it on one row)"),
            Column.code(
                    "intervention_code",
                    "short code, unique within the scenario; the same code in two"
                            + " scenarios should mean the same intervention (it then draws the same effect)"),
            Column.optionalText(
                    "intervention_name",
                    "the kind in plain words",
                    "the name a board member reads, shown beside the code; one line of at most " + NAME_LIMIT
                            + " characters"),
            Column.text(
                    "kind",
                    "pay_uplift, retention_premium, wellbeing, flexible_working, joint_recruitment,"
                            + " international_recruitment, training_places, upskilling, new_role, rotation, system_bank"
                            + " or homecare_expansion"),
            Column.optionalText("sector", "ALL", "scope: a sector, or ALL"),
            Column.optionalText("role_code", "ALL", "scope: a role_code of roles, or ALL"),
            Column.optionalText("org_code", "ALL", "scope: an org_code of organisations, or ALL"),
            Column.optionalText("place_code", "ALL", "scope: a home place_code of places, or ALL"),
            Column.optionalText("target_sector", "ALL", "rotation: the other side's sector"),
            Column.optionalText(
                    "target_role",
                    "ALL",
                    "rotation: the other side's role; new_role, homecare_expansion: the posts' role"),
            Column.optionalText("capability_code", "ALL", "upskilling: the capability gained or widened"),
            Column.text("start_month", "first month it acts, YYYY-MM"),
            Column.optionalNumber("ramp_months", "0", "months to full effect", Bounds.RAMP_MONTHS),
            Column.number("scale", "how much, in the kind's unit (docs/interventions.md)", Bounds.SCALE),
            Column.optionalNumber(
                    "course_months", "0", "training_places: course length in months", Bounds.INTERVENTION_COURSE),
            Column.uncertain("effect", "", "the effect, in the kind's unit (docs/interventions.md)", Bounds.EFFECT),
            Column.optionalNumber("cost_fixed_gbp", "0", "GBP a year from the start month", Bounds.COST_FIXED),
            Column.optionalNumber(
                    "cost_per_unit_gbp", "0", "GBP a year per cost unit of the kind, ramped", Bounds.COST_PER_UNIT),
            Column.optionalText("source", "blank", "the evidence for the effect and costs"));

    /** A row: the scenario it belongs to, the scenario's name if given here, and the intervention. */
    record Row(String scenarioCode, String scenarioName, Intervention intervention) {}

    public DatasetTable table() {
        return DatasetTable.INTERVENTIONS;
    }

    public List<String> key() {
        return List.of("scenario_code", "intervention_code");
    }

    public Row parse(DataRow row, KnownCodes known) {
        String scenario = row.newCode("scenario_code");
        String scenarioName = row.optionalText("scenario_name", "");
        String code = row.newCode("intervention_code");
        InterventionKind kind = kind(row);
        String name = name(row, kind);
        String sector = sectorOrAll(row, "sector");
        String role = optionalReference(row, "role_code", DatasetTable.ROLES, known, "role");
        String org = optionalReference(row, "org_code", DatasetTable.ORGANISATIONS, known, "organisation");
        String place = optionalReference(row, "place_code", DatasetTable.PLACES, known, "place");
        String targetSector = sectorOrAll(row, "target_sector");
        String targetRole = optionalReference(row, "target_role", DatasetTable.ROLES, known, "role");
        String capability = optionalReference(row, "capability_code", DatasetTable.CAPABILITIES, known, "capability");
        YearMonth start = row.month("start_month");
        int ramp = row.optionalInteger("ramp_months", 0);
        double scale = row.number("scale", kind == null ? Bounds.SCALE : Bounds.scale(kind));
        int course = row.optionalInteger("course_months", 0);
        Interval effect = row.interval("effect", kind == null ? Bounds.EFFECT : Bounds.effect(kind), null);
        double fixed = row.optionalNumber("cost_fixed_gbp", 0);
        double perUnit = row.optionalNumber("cost_per_unit_gbp", 0);
        String source = row.optionalText(DatasetTable.SOURCE, "");
        if (kind != null) {
            switch (kind) {
                case ROTATION -> {
                    if (targetSector.equals(DataRow.ALL) || targetRole.equals(DataRow.ALL)) {
                        row.error("target_role", "a rotation needs the other side: target_sector and target_role");
                    }
                }
                case NEW_ROLE, HOMECARE_EXPANSION -> {
                    if (targetRole.equals(DataRow.ALL))
                        row.error("target_role", "a " + kind.code() + " needs the role of its posts in target_role");
                    if (kind == InterventionKind.HOMECARE_EXPANSION && org.equals(DataRow.ALL)) {
                        row.error(
                                "org_code",
                                "a homecare expansion needs the NHS trust that employs the staff in org_code");
                    }
                }
                case UPSKILLING -> {
                    if (capability.equals(DataRow.ALL))
                        row.error("capability_code", "an upskilling needs the capability gained in capability_code");
                    if (role.equals(DataRow.ALL))
                        row.error("role_code", "an upskilling needs the role trained in role_code");
                }
                case TRAINING_PLACES -> {
                    if (course < 1)
                        row.error("course_months", "training places need the course length in months (>= 1)");
                }
                default -> {}
            }
        }
        if (!row.ok() || kind == null || start == null) return null;
        Intervention iv = new Intervention(
                code,
                kind,
                new Intervention.Scope(sector, role, org, place),
                targetSector,
                targetRole,
                capability,
                start,
                ramp,
                scale,
                course,
                effect,
                fixed,
                perUnit,
                source,
                name);
        return new Row(scenario, scenarioName, iv);
    }

    /**
     * The intervention's name as given, or "" when blank or absent: it is then shown by its kind in plain words, and a
     * warning says so, as the planner may not have meant to leave it out.
     */
    private static String name(DataRow row, InterventionKind kind) {
        String name = row.optionalText("intervention_name", "");
        if (name.length() > NAME_LIMIT) {
            row.error(
                    "intervention_name",
                    "is " + name.length() + " characters long; a name may have at most " + NAME_LIMIT
                            + " (it is shown beside the code in the board pack's tables)");
            return "";
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            row.error(
                    "intervention_name",
                    "has a line break; a name is one line of at most " + NAME_LIMIT + " characters");
            return "";
        }
        if (name.isEmpty() && kind != null) {
            row.warning(
                    "intervention_name",
                    "no name given; the intervention is shown as " + DataRow.quote(kind.label())
                            + ", its kind in plain words");
        }
        return name;
    }

    private static InterventionKind kind(DataRow row) {
        String text = row.text("kind");
        if (text.isEmpty()) return null;
        Optional<InterventionKind> kind = InterventionKind.fromCode(text);
        if (kind.isEmpty()) {
            row.error(
                    "kind",
                    DataRow.quote(text) + " is not an intervention kind; use one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(InterventionKind.values())
                                            .map(InterventionKind::code)
                                            .toList()));
            return null;
        }
        return kind.get();
    }

    private static String sectorOrAll(DataRow row, String column) {
        String value = row.optionalText(column, DataRow.ALL);
        if (value.equals(DataRow.ALL)) return value;
        Optional<Sector> sector = Sector.fromCode(value);
        if (sector.isEmpty()) {
            row.error(column, DataRow.quote(value) + " is not a sector; use ALL or one of " + DataRow.sectorList());
            return DataRow.ALL;
        }
        return sector.get().code();
    }

    private static String optionalReference(
            DataRow row, String column, DatasetTable table, KnownCodes known, String what) {
        String value = row.cell(column);
        if (value == null || value.isEmpty()) return DataRow.ALL;
        String code = row.reference(column, table, known, what, true);
        return code.isEmpty() ? DataRow.ALL : code;
    }
}
