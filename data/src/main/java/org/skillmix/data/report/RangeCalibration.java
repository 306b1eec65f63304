package org.skillmix.data.report;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;

/**
 * How far the projection's P10–P90 ranges held against history, said wherever a reader is shown a range. The
 * evidence ships beside this class ({@value #EVIDENCE}): every ICB's back-test from June 2018 to 2024/25, the total
 * of its NHS trusts month by month, as app/src/test/backtest/all-icbs.sh writes it (docs/backtest.md, "Every ICB").
 * The sentence is computed from those rows, and BacktestCommandTest re-runs one ICB's back-test and fails when the
 * engine no longer gives its shipped rows, so the sentence cannot outlive the engine it describes.
 *
 * <p>The share held differs with the number of an ICB's NHS trusts (docs/backtest.md, "Does a band narrow with
 * the number of trusts?"): the history's errors grow with the number of trusts, while the band, drawn around a part
 * common to the system's trusts (trend_growth_common), is as wide for two trusts as for ten. Where the system is
 * known the sentence therefore adds the share for ICBs of its size, in three classes of about a third of England's
 * ICBs each.
 */
public final class RangeCalibration {
    /** The shipped evidence: a class-path resource beside this class. */
    public static final String EVIDENCE = "backtest-calibration.csv";

    /** The columns before the back-test's own backtest_totals.csv columns. */
    public static final String EVIDENCE_PREFIX = "backtested_on,icb_code,";

    /** Lower bounds of the size classes by NHS trusts: up to 4, 5 or 6, 7 or more (16, 17 and 9 of the 42 ICBs). */
    static final int[] SIZE_CLASSES = {1, 5, 7};

    private static final Pattern TRUST_CODE = Pattern.compile("[RT][A-Z0-9]{2}");

    /**
     * One ICB's trust total (scope ALL) or one sector's trusts' total (scope the sector's code) in one observed
     * month: its trusts, the observed FTE and the projection's P10 and P90.
     */
    public record Month(
            LocalDate backtestedOn,
            String icb,
            String scope,
            YearMonth base,
            int trusts,
            YearMonth month,
            double observed,
            double p10,
            double p90) {
        boolean inside() {
            return observed >= p10 && observed <= p90;
        }
    }

    private static final List<Month> EVIDENCE_MONTHS = read();

    /** The months of every ICB's trust total, read from the shipped evidence. */
    public static final List<Month> MONTHS = totals(EVIDENCE_MONTHS);

    /** The months of every ICB's totals of one sector's trusts (acute, mental health, community, ambulance). */
    public static final List<Month> SECTOR_MONTHS =
            EVIDENCE_MONTHS.stream().filter(m -> !m.scope().equals("ALL")).toList();

    /** One sentence for the report, the web results and the board pack's glossary. */
    public static final String HOW_FAR_TO_TRUST = sentence(MONTHS);

    private RangeCalibration() {}

    static List<Month> read() {
        try (InputStream in = RangeCalibration.class.getResourceAsStream(EVIDENCE)) {
            if (in == null) throw new IllegalStateException(EVIDENCE + " is not shipped beside RangeCalibration");
            return parseAll(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(EVIDENCE + " cannot be read", e);
        }
    }

    /** The trust totals (scope ALL) of the evidence. */
    static List<Month> parse(String csv) {
        return totals(parseAll(csv));
    }

    private static List<Month> totals(List<Month> months) {
        List<Month> totals =
                months.stream().filter(m -> m.scope().equals("ALL")).toList();
        if (totals.isEmpty()) throw new IllegalStateException(EVIDENCE + " holds no ICB's trust total");
        return totals;
    }

    /** Every row of the evidence; a row that does not parse is a build defect, not user input. */
    static List<Month> parseAll(String csv) {
        List<Month> months = new ArrayList<>();
        for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(csv)) {
            months.add(new Month(
                    LocalDate.parse(r.getField("backtested_on")),
                    r.getField("icb_code"),
                    r.getField("scope"),
                    YearMonth.parse(r.getField("base_month")),
                    Integer.parseInt(r.getField("trusts")),
                    YearMonth.parse(r.getField("month")),
                    Double.parseDouble(r.getField("observed_fte")),
                    Double.parseDouble(r.getField("p10_fte")),
                    Double.parseDouble(r.getField("p90_fte"))));
        }
        return List.copyOf(months);
    }

    /**
     * The sentence for a system: England's share, then the share for ICBs with as many NHS trusts as the system
     * has, then the share of each sector's totals for the sectors of the system's trusts; England's alone for a
     * system with none.
     */
    public static String howFarToTrust(SystemModel system) {
        List<Organisation> trusts = system.organisations().stream()
                .filter(RangeCalibration::nhsTrust)
                .toList();
        List<Sector> sectors =
                trusts.stream().map(Organisation::sector).distinct().sorted().toList();
        return howFarToTrust(MONTHS, trusts.size()) + bySector(SECTOR_MONTHS, sectors);
    }

    /**
     * " By sector, …": for each of the sectors (in their order) with months in the evidence, the share of the
     * ICBs' months whose total of that sector's trusts lay inside its P10–P90; empty when none has.
     */
    static String bySector(List<Month> sectorMonths, List<Sector> sectors) {
        List<String> shares = new ArrayList<>();
        for (Sector sector : sectors) {
            List<Month> months = sectorMonths.stream()
                    .filter(m -> m.scope().equals(sector.code()))
                    .toList();
            if (months.isEmpty()) continue;
            long share = insideShare(months);
            shares.add(sector.code().replace('_', ' ') + " " + share + "% ("
                    + icbs(months.stream().map(Month::icb).distinct().count()) + ")");
        }
        if (shares.isEmpty()) return "";
        return " By sector, the total of the ICB's trusts of the sector lay inside its P10 to P90 in: "
                + String.join(", ", shares) + " of the months.";
    }

    /**
     * An NHS trust as the back-test counts them: an organisation of a trust sector ({@link Sector#nhsTrusts()})
     * with a trust's ODS code, three characters beginning R or T. The importer's community health services of a
     * place (CHS-E08000001, hosted by a trust) and a dataset's own codes are not trusts of their own.
     */
    static boolean nhsTrust(Organisation o) {
        return o.sector().nhsTrusts() && TRUST_CODE.matcher(o.code()).matches();
    }

    static String howFarToTrust(List<Month> months, int trusts) {
        String england = sentence(months);
        if (trusts < 1) return england;
        int c = SIZE_CLASSES.length - 1;
        while (SIZE_CLASSES[c] > trusts) c--;
        int lo = SIZE_CLASSES[c], hi = c + 1 < SIZE_CLASSES.length ? SIZE_CLASSES[c + 1] - 1 : Integer.MAX_VALUE;
        List<Month> alike = months.stream()
                .filter(m -> m.trusts() >= lo && m.trusts() <= hi)
                .toList();
        if (alike.isEmpty()) return england;
        long share = insideShare(alike);
        long icbs = alike.stream().map(Month::icb).distinct().count();
        return england + " For the " + icbs(icbs) + " with " + size(lo, hi) + " NHS trusts, as this system has "
                + trusts + ", it was " + share + "%: " + verdictForSize(share) + ".";
    }

    /** The percentage of the months whose observed total lay inside the projection's P10–P90, rounded. */
    private static long insideShare(List<Month> months) {
        return Math.round(100.0 * months.stream().filter(Month::inside).count() / months.size());
    }

    /** "1 ICB", "42 ICBs". */
    private static String icbs(long n) {
        return n + (n == 1 ? " ICB" : " ICBs");
    }

    private static String size(int lo, int hi) {
        if (hi == Integer.MAX_VALUE) return lo + " or more";
        if (lo <= 1) return "up to " + hi;
        return hi == lo + 1 ? lo + " or " + hi : lo + " to " + hi;
    }

    private static String verdictForSize(long share) {
        if (share < 75) return "ranges for systems of this size are narrower than the true uncertainty";
        if (share > 85) return "ranges for systems of this size are wider than history called for";
        return "ranges for systems of this size are about as wide as history called for";
    }

    /**
     * "…lay inside its P10 to P90 in N% of the months…": N is the share of all ICB-months whose observed total lay
     * within the projection's P10–P90, which a range as wide as the true uncertainty holds 80% of the time.
     */
    static String sentence(List<Month> months) {
        long share = insideShare(months);
        TreeSet<String> icbs = new TreeSet<>();
        TreeSet<YearMonth> observed = new TreeSet<>();
        TreeSet<YearMonth> bases = new TreeSet<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Month m : months) {
            icbs.add(m.icb());
            observed.add(m.month());
            bases.add(m.base());
            dates.add(m.backtestedOn());
        }
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
        return "How far to trust a range: projected from " + bases.first().format(monthYear) + ", the NHS trusts'"
                + " total staff of each of " + icbs(icbs.size()) + " lay inside its P10 to P90 in " + share
                + "% of the months " + span(observed) + ", where a range as wide as the uncertainty holds 80%"
                + " (back-test of " + dates.last().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                + ", docs/backtest.md): " + verdict(share) + ".";
    }

    /** "of 2024/25" for one financial year's twelve months, else "from April 2024 to June 2025". */
    private static String span(TreeSet<YearMonth> months) {
        YearMonth first = months.first();
        YearMonth last = months.last();
        if (first.getMonthValue() == 4 && last.equals(first.plusMonths(11)) && months.size() == 12) {
            return "of " + first.getYear() + "/" + String.format(Locale.ROOT, "%02d", last.getYear() % 100);
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
        return "from " + first.format(f) + " to " + last.format(f);
    }

    /** Within five points of 80% the ranges are as wide as history calls for; outside, say which way. */
    private static String verdict(long share) {
        if (share < 60) return "the true uncertainty is much wider";
        if (share < 75) return "the true uncertainty is somewhat wider";
        if (share > 85) return "the ranges are wider than history called for";
        return "the ranges are about as wide as history called for";
    }
}
