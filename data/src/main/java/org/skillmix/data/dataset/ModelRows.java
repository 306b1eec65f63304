package org.skillmix.data.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/**
 * A model's records as table rows, cells in the order of {@link DatasetTable#columns()}: what the
 * writer puts in CSV files and workbook sheets. Reading the rows back gives the same model.
 */
final class ModelRows {

    private ModelRows() {}

    static List<List<String>> of(DatasetTable table, SystemModel model) {
        return switch (table) {
            case MANIFEST -> manifest(model);
            case PLACES -> map(model.places(), p -> List.of(p.code(), p.name(), p.type()));
            case ORGANISATIONS ->
                map(
                        model.organisations(),
                        o -> List.of(o.code(), o.name(), o.sector().code(), o.placeCode()));
            case CATCHMENTS -> map(model.catchments(), c -> List.of(c.orgCode(), c.placeCode(), number(c.share())));
            case CAPABILITIES ->
                map(model.capabilities(), c -> List.of(c.code(), c.name(), number(c.productiveHoursPerFteMonth())));
            case ROLES ->
                map(
                        model.roles(),
                        r -> List.of(
                                r.code(),
                                r.name(),
                                r.staffGroup(),
                                r.payBand(),
                                number(r.annualPay()),
                                number(r.annualCost()),
                                number(r.contractedHoursPerWeek()),
                                Integer.toString(r.trainingLeadTimeMonths())));
            case ROLE_CAPABILITIES ->
                map(model.roleCapabilities(), rc -> List.of(rc.roleCode(), rc.capabilityCode(), number(rc.maxShare())));
            case SERVICES ->
                map(
                        model.services(),
                        s -> cells(
                                s.code(),
                                s.name(),
                                s.sector().code(),
                                s.criticality(),
                                s.growth(),
                                s.unmetNeed(),
                                number(s.deprivationElasticity())));
            case POPULATION ->
                map(
                        model.population(),
                        p -> List.of(
                                p.placeCode(), Integer.toString(p.year()), p.sex(), p.ageBand(), number(p.persons())));
            case DEPRIVATION -> map(model.deprivation(), d -> List.of(d.placeCode(), number(d.imdScore())));
            case UTILISATION ->
                map(
                        model.utilisation(),
                        u -> List.of(u.serviceCode(), u.ageBand(), u.sex(), number(u.activityPerPersonYear())));
            case CAPABILITY_HOURS ->
                map(
                        model.capabilityHours(),
                        h -> List.of(h.serviceCode(), h.capabilityCode(), number(h.hoursPerActivity())));
            case SEASONALITY ->
                map(
                        model.seasonality(),
                        s -> List.of(
                                s.serviceCode(), s.placeCode(), Integer.toString(s.month()), number(s.multiplier())));
            case WORKFORCE ->
                map(
                        model.workforce(),
                        w -> cells(
                                w.orgCode(),
                                w.roleCode(),
                                number(w.headcount()),
                                number(w.fteInPost()),
                                number(w.vacancyFte()),
                                number(w.bankFte()),
                                number(w.agencyFte()),
                                number(w.sicknessRate()),
                                w.leaverRate(),
                                w.fillRate(),
                                w.sicknessBasis().name().toLowerCase(Locale.ROOT),
                                w.leaverBasis().name().toLowerCase(Locale.ROOT)));
            case FLOWS ->
                map(
                        model.flows(),
                        f -> cells(
                                f.fromSector().code(),
                                f.fromRole(),
                                f.toSector().code(),
                                f.toRole(),
                                f.annualRate(),
                                number(f.payElasticity())));
            case PIPELINE ->
                map(
                        model.pipeline(),
                        p -> cells(
                                p.roleCode(),
                                p.placeCode(),
                                Integer.toString(p.year()),
                                number(p.intake()),
                                Integer.toString(p.courseMonths()),
                                p.completionRate(),
                                p.localRetention()));
            case ASSUMPTIONS ->
                map(model.assumptions(), a -> cells(a.parameter(), a.scope(), a.value(), a.unit(), a.source()));
            case INTERVENTIONS -> interventions(model);
            case METRICS ->
                map(
                        model.metrics(),
                        m -> List.of(
                                m.metric().name(), m.orgCode(), m.month().toString(), number(m.value()), m.source()));
            case DISCHARGE ->
                map(model.discharge(), d -> List.of(d.parameter().name(), d.scope(), number(d.value()), d.source()));
            case RESERVED_CAPABILITIES ->
                map(
                        model.reservedCapabilities(),
                        r -> List.of(
                                r.capabilityCode(), r.licensedRoleCode(), number(r.minLicensedShare()), r.source()));
            case SUPERVISION ->
                map(
                        model.supervision(),
                        r -> List.of(
                                r.roleCode(), r.supervisorRoleCode(), number(r.maxSuperviseesPerFte()), r.source()));
            case STAFF_EXPERIENCE ->
                map(
                        model.staffExperience(),
                        e -> List.of(
                                e.orgCode(), Integer.toString(e.year()), e.indicator(), number(e.value()), e.source()));
            case SICKNESS_SEASONALITY ->
                map(
                        model.sicknessSeasonality(),
                        s -> List.of(Integer.toString(s.month()), number(s.factor()), s.source()));
            case WORKFORCE_EQUALITY ->
                map(
                        model.workforceEquality(),
                        e -> List.of(
                                e.orgCode(),
                                Integer.toString(e.year()),
                                e.indicator(),
                                e.staffGroup(),
                                number(e.value()),
                                e.source()));
        };
    }

    private static List<List<String>> manifest(SystemModel model) {
        var info = model.info();
        return List.of(
                List.of("format_version", info.formatVersion()),
                List.of("icb_ods_code", info.icbOdsCode()),
                List.of("icb_ons_code", info.icbOnsCode()),
                List.of("name", info.name()),
                List.of("base_month", info.baseMonth().toString()),
                List.of("reference_imd_score", number(info.referenceImdScore())));
    }

    /** One row per intervention, scenario by scenario; the scenario's name on its first row only. */
    private static List<List<String>> interventions(SystemModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (Scenario s : model.scenarios()) {
            boolean first = true;
            for (Intervention iv : s.interventions()) {
                rows.add(cells(
                        s.code(),
                        first ? s.name() : "",
                        iv.code(),
                        iv.name(),
                        iv.kind().code(),
                        iv.scope().sector(),
                        iv.scope().role(),
                        iv.scope().organisation(),
                        iv.scope().place(),
                        iv.targetSector(),
                        iv.targetRole(),
                        iv.capability(),
                        iv.start().toString(),
                        Integer.toString(iv.rampMonths()),
                        number(iv.scale()),
                        Integer.toString(iv.courseMonths()),
                        iv.effect(),
                        number(iv.costFixedGbp()),
                        number(iv.costPerUnitGbp()),
                        iv.source()));
                first = false;
            }
        }
        return rows;
    }

    private static <T> List<List<String>> map(List<T> records, Function<T, List<String>> toRow) {
        return records.stream().map(toRow).toList();
    }

    /** Flattens strings and intervals (three cells each) into one row. */
    private static List<String> cells(Object... values) {
        List<String> cells = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Interval interval) {
                cells.addAll(interval(interval));
            } else {
                cells.add((String) value);
            }
        }
        return cells;
    }

    /** A certain value is written as its mode alone, the way a planner would write it. */
    private static List<String> interval(Interval interval) {
        if (interval.isFixed()) return List.of("", number(interval.mode()), "");
        return List.of(number(interval.low()), number(interval.mode()), number(interval.high()));
    }

    /** Shortest decimal that reads back as the same double; NaN (an unknown headcount) is blank. */
    static String number(double value) {
        return Double.isNaN(value) ? "" : DataRow.format(value);
    }
}
