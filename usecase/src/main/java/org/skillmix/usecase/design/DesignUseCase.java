package org.skillmix.usecase.design;

import java.time.YearMonth;
import java.util.List;
import org.skillmix.core.design.DesignInputs;
import org.skillmix.core.design.WorkforceDesign;
import org.skillmix.core.intervention.ScenarioSystem;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.DesignCsv;
import org.skillmix.data.report.DesignText;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.ScenarioChoice;

/**
 * The least-cost role mix that meets a financial year's capability demand within what the pipeline and labour
 * pool can supply, against today's mix (docs/interventions.md). The labour pool is the supply baseline's recruit cap
 * (labour_pool_annual on the funded plan, trend_labour_pool_annual on current trends), so the baseline moves the
 * roles' upper limits and with them the design. Outputs design.csv and design-supervision.csv, each naming it.
 */
public final class DesignUseCase {
    public static final String DESIGN_CSV = DesignCsv.DESIGN;
    public static final String SUPERVISION_CSV = DesignCsv.SUPERVISION;

    /** The design, the table the terminal shows of it, and its file. */
    public record Result(WorkforceDesign.Design design, String text, Outputs outputs) {}

    /**
     * Checks the request against the dataset: the year from the base year on and within the horizon (its last
     * month, March of the next year, at most {@link RunDefaults#lastMonth} of the base month), the scenario the
     * dataset's, and the dataset able to run the baseline.
     */
    public List<Upskill> check(SystemModel model, DesignRequest request) {
        YearMonth base = model.info().baseMonth();
        int first = base.getYear() - 1;
        YearMonth last = RunDefaults.lastMonth(base);
        // The financial year Y ends in March of Y + 1.
        int lastYear = last.getMonthValue() >= 3 ? last.getYear() - 1 : last.getYear() - 2;
        if (request.year() < first) {
            throw new InvalidSetting("year", "year " + request.year() + " is before the dataset's base month " + base);
        }
        if (request.year() > lastYear) {
            throw new InvalidSetting(
                    "year",
                    "year " + request.year() + " is beyond the " + RunDefaults.MAX_YEARS
                            + " years any projection of this dataset reaches: give " + first + " to " + lastYear);
        }
        RunDefaults.checkBaseline(model, request.baseline());
        if (request.scenario() == null) return List.of();
        return ScenarioSystem.upskills(List.of(ScenarioChoice.scenario(model, request.scenario(), "scenario")));
    }

    public Result run(SystemModel model, DesignRequest request) {
        List<Upskill> upskills = check(model, request);
        WorkforceDesign.Design design =
                WorkforceDesign.solve(DesignInputs.from(model, request.year(), upskills, request.baseline()));
        return new Result(
                design,
                DesignText.render(model, request.year(), request.baseline(), design),
                Outputs.of(
                        Output.text(DESIGN_CSV, Output.CSV, DesignCsv.design(request.baseline(), model, design)),
                        Output.text(SUPERVISION_CSV, Output.CSV, DesignCsv.supervision(request.baseline(), design))));
    }
}
