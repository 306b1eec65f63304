package org.skillmix.app.web.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.StaffExperience;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceEquality;
import org.springframework.stereotype.Service;

/**
 * Workforce equality beside a plan (issue 15 item 4): each partner organisation's latest WRES/WDES measures
 * (workforce_equality.csv of the plan's dataset) beside England's of the same year and group. Before a plan is
 * shared, every organisation of the dataset with a row is shown. Published survey figures: no suppression applies.
 */
@Service
class PlanEquality {
    private final DatasetService datasets;

    PlanEquality(DatasetService datasets) {
        this.datasets = datasets;
    }

    /**
     * One measure of one organisation for one group of staff in its latest year.
     *
     * @param england England's figure for the same year, measure and group; empty when the dataset has none
     */
    record Row(
            String orgCode,
            String orgName,
            String measure,
            String staffGroup,
            int year,
            double value,
            Optional<Double> england) {

        /** Percentage points above England's (positive = more staff say so than in England); empty without it. */
        public Optional<Double> aboveEngland() {
            return england.map(e -> value - e);
        }

        public String measureWords() {
            return WorkforceEquality.Indicators.words(measure);
        }

        public String groupWords() {
            return staffGroup.replace('_', ' ');
        }
    }

    List<Row> of(Plan plan) {
        SystemModel model = datasets.model(plan.datasetId());
        Set<String> shown = plan.partners().isEmpty()
                ? null
                : plan.partners().stream().map(Plan.Partner::orgCode).collect(Collectors.toSet());
        Map<String, WorkforceEquality> england = new TreeMap<>();
        Map<String, WorkforceEquality> latest = new TreeMap<>();
        for (WorkforceEquality e : model.workforceEquality()) {
            if (e.orgCode().equals(StaffExperience.ENGLAND)) {
                england.put(e.year() + "|" + e.indicator() + "|" + e.staffGroup(), e);
                continue;
            }
            if (shown != null && !shown.contains(e.orgCode())) continue;
            latest.merge(
                    e.orgCode() + "|" + e.indicator() + "|" + e.staffGroup(),
                    e,
                    (a, b) -> a.year() >= b.year() ? a : b);
        }
        List<Row> rows = new ArrayList<>();
        for (WorkforceEquality e : latest.values()) {
            String name =
                    model.organisation(e.orgCode()).map(Organisation::name).orElse(e.orgCode());
            WorkforceEquality national = england.get(e.year() + "|" + e.indicator() + "|" + e.staffGroup());
            rows.add(new Row(
                    e.orgCode(),
                    name,
                    e.indicator(),
                    e.staffGroup(),
                    e.year(),
                    e.value(),
                    Optional.ofNullable(national).map(WorkforceEquality::value)));
        }
        List<String> order = WorkforceEquality.Indicators.ALL;
        List<String> groups = WorkforceEquality.Groups.ALL;
        rows.sort(Comparator.comparing(Row::orgName)
                .thenComparing(r -> order.indexOf(r.measure()))
                .thenComparing(r -> groups.indexOf(r.staffGroup())));
        return rows;
    }
}
