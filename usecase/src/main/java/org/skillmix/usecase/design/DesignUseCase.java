package org.skillmix.usecase.design;

import java.util.List;
import java.util.Locale;
import org.skillmix.core.design.DesignInputs;
import org.skillmix.core.design.WorkforceDesign;
import org.skillmix.core.intervention.ScenarioSystem;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.DesignCsv;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.ScenarioChoice;

/**
 * The least-cost role mix that meets a financial year's capability demand within what the pipeline and labour
 * pool can supply, against today's mix (docs/interventions.md). Outputs design.csv.
 */
public final class DesignUseCase {
    public static final String DESIGN_CSV = DesignCsv.FILE;

    /** The design, the table the terminal shows of it, and its file. */
    public record Result(WorkforceDesign.Design design, String text, Outputs outputs) {}

    /** Checks the request against the dataset: the year from the base year on, the scenario the dataset's. */
    public List<Upskill> check(SystemModel model, DesignRequest request) {
        if (request.year() < model.info().baseMonth().getYear() - 1) {
            throw new InvalidSetting(
                    "year",
                    "year " + request.year() + " is before the dataset's base month "
                            + model.info().baseMonth());
        }
        if (request.scenario() == null) return List.of();
        return ScenarioSystem.upskills(List.of(ScenarioChoice.scenario(model, request.scenario(), "scenario")));
    }

    public Result run(SystemModel model, DesignRequest request) {
        List<Upskill> upskills = check(model, request);
        WorkforceDesign.Design design = WorkforceDesign.solve(DesignInputs.from(model, request.year(), upskills));
        return new Result(
                design,
                text(model, request.year(), design),
                Outputs.of(Output.csv(DESIGN_CSV, out -> DesignCsv.write(design, out))));
    }

    private static String text(SystemModel model, int year, WorkforceDesign.Design design) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Workforce design for %s, %d/%02d (effective FTE; solver %s)%n",
                model.info().name(),
                year,
                (year + 1) % 100,
                design.solverState()));
        text.append(String.format(Locale.ROOT, "%-12s %12s %12s %12s%n", "role", "today", "design", "change"));
        for (WorkforceDesign.RoleResult r : design.roles()) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-12s %,12.1f %,12.1f %+,12.1f%n",
                    r.code(),
                    r.todayFte(),
                    r.designFte(),
                    r.change()));
        }
        text.append(String.format(
                Locale.ROOT,
                "Annual cost: GBP %,.0f (today's mix GBP %,.0f)%n",
                design.annualCost(),
                design.todayAnnualCost()));
        design.shortfall().forEach((k, v) -> {
            if (v > 1e-6)
                text.append(String.format(Locale.ROOT, "Demand no feasible mix can meet: %s %,.1f FTE%n", k, v));
        });
        return text.toString();
    }
}
