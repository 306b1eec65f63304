package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * deprivation.csv: each LA's IMD 2019 score (the LAD19 table; for a 2023 LA not in it, the 2022-boundary
 * recalculation; for a 2023 LA made of several 2022 LAs, their scores weighted by LSOA count).
 */
final class DeprivationTable {

    /** The table, the scores it gives (for the deprivation adjustment of activity) and England's reference score. */
    record Built(OutputTable table, Map<String, Double> scores, double referenceImd) {}

    private DeprivationTable() {}

    static Built build(ImportContext ctx) throws ImportException {
        ctx.step("deprivation");
        ImdScores scores = ImdScores.read(ctx.folder(), ctx.report());
        double referenceImd = ctx.defaults().number("reference_imd_score", "ALL", "manifest reference_imd_score");
        OutputTable deprivation = new OutputTable("deprivation.csv", "place_code", "imd_score", "source");
        Map<String, Double> imd = new HashMap<>();
        IcbPlaces places = ctx.places();
        for (String la : places.codes()) {
            Optional<Double> score = scores.score(la);
            String src;
            if (score.isPresent()) {
                src = scores.inLad19(la)
                        ? scores.lad19File + ": Score (IMD 2019 LA average score, population-weighted, MHCLG)"
                        : scores.ltla22File
                                + ": Score recalculated for the 2022 LA by the MHCLG method (not an official table)";
            } else {
                double sum = 0;
                double weight = 0;
                List<String> used = new ArrayList<>();
                for (String la22 : ctx.geo().predecessors(la)) {
                    Optional<Double> s = scores.score(la22);
                    int n = ctx.geo().lsoas22(la22);
                    if (s.isPresent() && n > 0) {
                        sum += s.get() * n;
                        weight += n;
                        used.add(la22);
                    }
                }
                if (weight == 0) {
                    ctx.report()
                            .skipped(
                                    "IMD score of " + la + " " + places.name(la),
                                    "1 LA",
                                    "no score for it or its 2022 predecessors; no " + "deprivation adjustment there");
                    continue;
                }
                score = Optional.of(sum / weight);
                src = "mean of the IMD 2019 scores of its 2022 predecessors " + String.join(", ", used)
                        + " weighted by their LSOA counts (" + scores.lad19File + ")";
                ctx.report()
                        .mapped("IMD score of " + la + " " + places.name(la), used.size() + " predecessor LAs", src);
            }
            imd.put(la, score.get());
            deprivation.add(la, OutputTable.num(score.get(), 4), src);
        }
        return new Built(deprivation, Map.copyOf(imd), referenceImd);
    }
}
