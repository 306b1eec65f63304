package org.skillmix.data.boardpack;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.data.export.CsvOutput;

/**
 * The evidence Skillmix holds for the CQC quality statements of an ICS assessment that concern staffing, and
 * what is missing, statement by statement. Quality statements as CQC's single assessment framework names them
 * (https://www.cqc.org.uk/assessment/quality-statements): safe and effective staffing and learning culture
 * (safe), workforce wellbeing and enablement and workforce equality, diversity and inclusion (well-led), equity
 * in access (responsive). Evidence is what the dataset, the projection and the web application's records hold;
 * nothing is claimed that Skillmix does not hold.
 */
public final class CqcEvidence {

    /** One quality statement: its key question, the evidence held and what is missing. */
    public record Statement(String name, String keyQuestion, List<String> evidence, List<String> missing) {}

    /**
     * What the web application adds to the dataset: the plan's sign-off record and the speak-up themes (counts only,
     * small ones suppressed). From the command line both are absent and said to be.
     *
     * @param planRecord  the plan's status and approvals in words, or null when there is none
     * @param speakUpThemes speak-up themes in words (for example "staffing levels: 42 concerns in 12 months"),
     *                      or null when they are not available here
     */
    public record Records(String planRecord, List<String> speakUpThemes) {
        public static final Records NONE = new Records(null, null);
    }

    private CqcEvidence() {}

    public static List<Statement> of(BoardPack pack, Records records) {
        SystemModel system = pack.system();
        var f = new org.skillmix.data.report.Figures();
        double inPost = 0, vacancy = 0, bank = 0, agency = 0, sick = 0, leave = 0;
        for (WorkforceLine l : system.workforce()) {
            inPost += l.fteInPost();
            vacancy += l.vacancyFte();
            bank += l.bankFte();
            agency += l.agencyFte();
            sick += l.sicknessRate() * l.fteInPost();
            leave += l.leaverRate().mode() * l.fteInPost();
        }
        String base =
                org.skillmix.data.export.ProjectionYear.monthLabel(system.info().baseMonth());
        ScenarioComparison.YearRow last = pack.lastYear(org.skillmix.core.scenario.Scenario.BASELINE);
        String year = PackYears.of(pack).of(last.year());
        String plan = records.planRecord() != null ? "Plan sign-off: " + records.planRecord() : null;
        String noPlan = "No plan sign-off is recorded here: partners approve a plan in the web application"
                + " (docs/web.md, \"Plans\"), whose record is then part of this evidence.";

        List<Statement> out = new ArrayList<>();
        List<String> safe = new ArrayList<>();
        safe.add(String.format(
                Locale.UK,
                "Staff in post in %s: %s FTE across %d organisations; vacancies %s FTE (%s of establishment);"
                        + " bank %s FTE and agency %s FTE (workforce.csv).",
                base,
                f.whole(inPost),
                system.organisations().size(),
                f.whole(vacancy),
                f.share(vacancy / Math.max(1e-9, inPost + vacancy)),
                f.whole(bank),
                f.whole(agency)));
        safe.add(String.format(
                Locale.UK,
                "Projected average shortfall over %s on the %s baseline: %s FTE (%s), by capability, sector and"
                        + " place (this pack, page 1 and the tables).",
                year,
                pack.settings().baseline().label().toLowerCase(Locale.ROOT),
                f.whole(last.targetGap().mean()),
                Ranges.of(pack).fte(last.targetGap(), "")));
        safe.addAll(StaffSurveyEvidence.safe(system));
        if (pack.hasRecommendation())
            safe.add("A recommended portfolio of " + pack.recommended().size()
                    + " interventions with its cost a year and the shortfall it closes (page 1).");
        safe.add(plan != null ? plan : noPlan);
        out.add(new Statement(
                "Safe and effective staffing",
                "Safe",
                safe,
                List.of(
                        "Shift-level safe staffing (fill rates of planned hours, care hours per patient day) by ward or"
                                + " care home: Skillmix plans monthly FTE, not rosters.",
                        "Establishment reviews by provider (the dataset takes establishments as given).")));

        List<String> wellbeing = new ArrayList<>();
        wellbeing.add(String.format(
                Locale.UK,
                "Sickness absence %s of FTE in post and leaver rate %s a year across every sector of the dataset"
                        + " (FTE-weighted modes, workforce.csv; the system metrics give the NHS trusts' published"
                        + " sickness rate alone), projected forward with their uncertainty.",
                f.share(sick / Math.max(1e-9, inPost)),
                f.share(leave / Math.max(1e-9, inPost))));
        wellbeing.addAll(StaffSurveyEvidence.wellbeing(system));
        List<String> wellbeingPlans =
                interventions(pack, InterventionKind.WELLBEING, InterventionKind.FLEXIBLE_WORKING);
        wellbeing.add(
                wellbeingPlans.isEmpty()
                        ? "No wellbeing or flexible-working intervention is in the dataset's interventions."
                        : "Wellbeing and flexible-working interventions assessed: " + String.join(", ", wellbeingPlans)
                                + ".");
        wellbeing.add(
                records.speakUpThemes() == null
                        ? "Speak-up themes are held by the web application (counts only, small ones suppressed); they"
                                + " are not available to the command line."
                        : records.speakUpThemes().isEmpty()
                                ? "Speak-up: no themes to report (counts under the suppression threshold, or no concerns)."
                                : "Speak-up themes: " + String.join("; ", records.speakUpThemes()) + ".");
        out.add(new Statement(
                "Workforce wellbeing and enablement",
                "Well-led",
                wellbeing,
                List.of(
                        StaffSurveyEvidence.held(system)
                                ? "NHS Staff Survey engagement and morale theme scores (only the questions above are"
                                        + " held), and the social care equivalent."
                                : "NHS Staff Survey engagement and morale scores (staff_experience.csv has none), and"
                                        + " the social care equivalent.",
                        "Occupational health and wellbeing service use.")));

        out.add(new Statement(
                "Workforce equality, diversity and inclusion",
                "Well-led",
                List.of(equality(system)),
                List.of(
                        "The other Workforce Race and Disability Equality Standard indicators (staff by band,"
                                + " appointment from shortlisting, formal disciplinary process, access to training).",
                        "Staff in post, leavers and pay bands by ethnicity, disability and sex; gender and ethnicity"
                                + " pay gaps: the dataset's workforce is by organisation and role only.")));

        List<String> learning = new ArrayList<>();
        double intake = 0;
        for (PipelineIntake p : system.pipeline()) intake += p.intake();
        learning.add(
                system.pipeline().isEmpty()
                        ? "The dataset has no training pipeline (pipeline.csv)."
                        : String.format(
                                Locale.UK,
                                "Training pipeline: %s places over %d intake rows with completion and local retention"
                                        + " rates (pipeline.csv).",
                                f.whole(intake),
                                system.pipeline().size()));
        List<String> upskilling = interventions(pack, InterventionKind.UPSKILLING, InterventionKind.NEW_ROLE);
        learning.add(
                upskilling.isEmpty()
                        ? "No upskilling or new-role intervention is in the dataset's interventions."
                        : "Upskilling and new roles assessed: " + String.join(", ", upskilling) + ".");
        learning.add("Scope of practice: " + system.reservedCapabilities().size() + " reserved capabilities and "
                + system.supervision().size() + " supervision rules (reserved_capabilities.csv, supervision.csv).");
        out.add(new Statement(
                "Learning culture",
                "Safe",
                learning,
                List.of(
                        "Appraisal and statutory and mandatory training rates.",
                        "Learning from incidents and from speak-up cases (held by providers, not by Skillmix).")));

        List<String> equity = new ArrayList<>();
        equity.add(
                system.deprivation().isEmpty()
                        ? "The dataset has no deprivation scores by place, so demand is not adjusted for deprivation."
                        : "Demand is adjusted for deprivation (IMD scores of "
                                + system.deprivation().size()
                                + " places, deprivation.csv) and for unmet need by service (services.csv).");
        equity.add("The shortfall by place in " + year + " is on page 1 (where it binds) and in the tables.");
        out.add(new Statement(
                "Equity in access",
                "Responsive",
                equity,
                List.of(
                        "Access and waiting times by population group (Core20PLUS5, protected characteristics).",
                        "Staffing of services for groups with the worst access, by place.")));
        return List.copyOf(out);
    }

    /** What workforce_equality.csv holds, in words: the staff survey's WRES and WDES measures by organisation. */
    private static String equality(SystemModel system) {
        var rows = system.workforceEquality().stream()
                .filter(r -> !r.orgCode().equals(org.skillmix.core.system.StaffExperience.ENGLAND))
                .toList();
        if (rows.isEmpty())
            return "The dataset has no workforce equality measures (workforce_equality.csv), and its workforce is by"
                    + " organisation and role only, so Skillmix gives no evidence for this statement.";
        long organisations = rows.stream().map(r -> r.orgCode()).distinct().count();
        int first = rows.stream().mapToInt(r -> r.year()).min().orElseThrow();
        int last = rows.stream().mapToInt(r -> r.year()).max().orElseThrow();
        boolean byGroup = rows.stream()
                .anyMatch(r -> !r.staffGroup().equals(org.skillmix.core.system.WorkforceEquality.Groups.ALL_STAFF));
        return String.format(
                Locale.UK,
                "NHS Staff Survey measures the WRES and WDES use (harassment, bullying or abuse; discrimination) for %d"
                        + " organisations, %d to %d%s (workforce_equality.csv), shown beside the plan.",
                organisations,
                first,
                last,
                byGroup
                        ? ", with staff from an ethnic minority or disabled beside the others"
                        : ", for the whole workforce (no comparison by ethnicity or disability)");
    }

    /** statement, key_question, kind (evidence or missing), item: one row per item, UTF-8, LF line ends. */
    public static void writeCsv(List<Statement> statements, Writer out) throws IOException {
        CsvOutput csv = CsvOutput.to(out, "quality_statement", "key_question", "kind", "item");
        for (Statement s : statements) {
            for (String e : s.evidence()) row(csv, s, "evidence", e);
            for (String m : s.missing()) row(csv, s, "missing", m);
        }
        csv.flush();
    }

    /**
     * The statements back from {@link #writeCsv}'s file, in its order: how the web shows a stored pack's evidence
     * on its page from the very file it offers for download.
     *
     * @throws IllegalArgumentException naming the row of a file not in that layout
     */
    public static List<Statement> readCsv(java.io.Reader in) {
        java.util.Map<String, String> questions = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> evidence = new java.util.LinkedHashMap<>(),
                missing = new java.util.LinkedHashMap<>();
        int row = 0;
        for (var r : de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(in)) {
            row++;
            if (row == 1) {
                if (!r.getFields().equals(List.of("quality_statement", "key_question", "kind", "item")))
                    throw new IllegalArgumentException("cqc-evidence.csv row 1: expected the header"
                            + " quality_statement,key_question,kind,item, not " + r.getFields());
                continue;
            }
            if (r.getFieldCount() != 4)
                throw new IllegalArgumentException(
                        "cqc-evidence.csv row " + row + ": 4 columns expected, not " + r.getFieldCount());
            String name = r.getField(0), kind = r.getField(2);
            questions.putIfAbsent(name, r.getField(1));
            evidence.computeIfAbsent(name, k -> new ArrayList<>());
            missing.computeIfAbsent(name, k -> new ArrayList<>());
            switch (kind) {
                case "evidence" -> evidence.get(name).add(r.getField(3));
                case "missing" -> missing.get(name).add(r.getField(3));
                default ->
                    throw new IllegalArgumentException("cqc-evidence.csv row " + row + ", column kind: evidence or"
                            + " missing, not '" + kind + "'");
            }
        }
        List<Statement> out = new ArrayList<>();
        questions.forEach((name, question) -> out.add(
                new Statement(name, question, List.copyOf(evidence.get(name)), List.copyOf(missing.get(name)))));
        return List.copyOf(out);
    }

    private static void row(CsvOutput csv, Statement s, String kind, String item) {
        csv.text(s.name()).text(s.keyQuestion()).text(kind).text(item).endRow();
    }

    private static List<String> interventions(BoardPack pack, InterventionKind... kinds) {
        List<String> out = new ArrayList<>();
        for (Intervention iv : pack.candidates())
            for (InterventionKind k : kinds) if (iv.kind() == k) out.add(iv.nameAndCode());
        return out;
    }

    /** 2034 as "2034/35". */
    static String fy(int startYear) {
        return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }
}
