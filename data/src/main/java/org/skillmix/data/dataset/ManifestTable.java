package org.skillmix.data.dataset;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillmix.core.system.SystemInfo;

/** manifest.csv: key/value rows that together make the {@link SystemInfo}. */
final class ManifestTable implements TableParser<ManifestTable.Entry> {

    static final String FORMAT_VERSION = "1";
    /** England's mean LSOA IMD 2019 score: where the deprivation adjustment is 1. */
    static final double DEFAULT_REFERENCE_IMD_SCORE = 21.67;

    static final List<String> REQUIRED_KEYS =
            List.of("format_version", "icb_ods_code", "icb_ons_code", "name", "base_month");
    static final List<String> OPTIONAL_KEYS = List.of("reference_imd_score", "description");
    /** What each key's value is, for the README and for "blank value" problems. */
    static final Map<String, String> MEANINGS = Map.of(
            "format_version", "the format version, 1",
            "icb_ods_code", "the ICB's ODS code, e.g. QOP (a combined footprint: QOP-QYG)",
            "icb_ons_code", "the ICB's ONS code, e.g. E54000057 (a combined footprint: E54000057+E54000008)",
            "name", "the system's name",
            "base_month", "the first projected month as YYYY-MM, e.g. 2025-04",
            "reference_imd_score", "the IMD score at which the deprivation adjustment is 1 (default 21.67)",
            "description", "free text");

    // skillmix import --icb A,B writes a combined footprint as its ICBs' codes joined (QOP-QYG, E54000057+E54000008),
    // and an ICB of the April 2026 mergers (D7T5G) as the ONS codes of the ICBs it was made of: both must read back.
    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,5}(-[A-Z0-9]{3,5})*");
    private static final Pattern ONS_CODE = Pattern.compile("E54\\d{6}(\\+E54\\d{6})*");

    /** Whether the entry's value has the form; logs why not. */
    private static boolean matches(Entry entry, Pattern form, String what, String file, ProblemLog log) {
        if (entry == null || !entry.valid() || form.matcher(entry.value()).matches()) return true;
        log.error(file, entry.row(), "value", entry.key() + " " + DataRow.quote(entry.value()) + " is not " + what);
        return false;
    }

    /** YYYY-MM, or a first-of-month date, which is what Excel turns a typed 2025-04 into. */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(-01)?");

    record Entry(String key, String value, int row, boolean valid) {}

    public DatasetTable table() {
        return DatasetTable.MANIFEST;
    }

    public List<String> key() {
        return List.of("key");
    }

    public Entry parse(DataRow row, KnownCodes known) {
        String key = row.text("key").toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && !REQUIRED_KEYS.contains(key) && !OPTIONAL_KEYS.contains(key)) {
            // A misspelt optional key would otherwise quietly give its default.
            row.error(
                    "key",
                    DataRow.quote(key) + " is not a manifest key; use " + String.join(", ", REQUIRED_KEYS) + ", "
                            + String.join(", ", OPTIONAL_KEYS));
            return null;
        }
        // A blank optional key (as the template leaves reference_imd_score) means its default.
        if (OPTIONAL_KEYS.contains(key) && row.optionalText("value", "").isEmpty()) return null;
        String value = row.optionalText("value", "");
        if (value.isEmpty() && !key.isEmpty()) {
            if (row.cell("value") == null) {
                row.text("value"); // marks the row bad; the missing column is reported at the header
            } else {
                row.error("value", "the value of " + key + " is blank; give " + MEANINGS.get(key));
            }
        }
        // Kept even when the value is bad, so the key does not also read as missing.
        return key.isEmpty() ? null : new Entry(key, value, row.number(), row.ok());
    }

    /** The system info, or null when a key is missing or malformed (each problem logged). */
    static SystemInfo info(List<Entry> entries, String file, ProblemLog log) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        entries.forEach(e -> byKey.putIfAbsent(e.key(), e));
        boolean ok = entries.stream().allMatch(Entry::valid);
        for (String key : REQUIRED_KEYS) {
            if (!byKey.containsKey(key)) {
                log.error(
                        file,
                        0,
                        "",
                        "the manifest has no " + key + "; add a row with key " + key + " and its value"
                                + (key.equals("format_version") ? " (1)" : ""));
                ok = false;
            }
        }
        Entry version = byKey.get("format_version");
        if (version != null && version.valid() && !version.value().equals(FORMAT_VERSION)) {
            log.error(
                    file,
                    version.row(),
                    "value",
                    "format_version is " + DataRow.quote(version.value()) + "; this Skillmix reads format version "
                            + FORMAT_VERSION);
            ok = false;
        }
        ok &= matches(
                byKey.get("icb_ods_code"),
                ODS_CODE,
                "an ICB's ODS code: 3 to 5 capital letters or digits, e.g. QOP (a combined footprint's joined by -, "
                        + "e.g. QOP-QYG)",
                file,
                log);
        ok &= matches(
                byKey.get("icb_ons_code"),
                ONS_CODE,
                "an ICB's ONS code: E54 and six digits, e.g. E54000057 (a footprint's joined by +, "
                        + "e.g. E54000057+E54000008)",
                file,
                log);
        YearMonth baseMonth = null;
        Entry month = byKey.get("base_month");
        if (month != null && month.valid()) {
            Matcher matcher = MONTH.matcher(month.value());
            int monthNumber = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
            if (monthNumber < 1 || monthNumber > 12) {
                log.error(
                        file,
                        month.row(),
                        "value",
                        "base_month " + DataRow.quote(month.value())
                                + " is not a month; write it as YYYY-MM, e.g. 2025-04");
                ok = false;
            } else {
                baseMonth = YearMonth.of(Integer.parseInt(matcher.group(1)), monthNumber);
                if (!Bounds.allowsMonth(baseMonth)) {
                    log.error(file, month.row(), "value", "base_month " + Bounds.monthRefusal(baseMonth));
                    ok = false;
                } else if (!Bounds.typicalMonth(baseMonth)) {
                    log.warning(file, month.row(), "value", "base_month " + Bounds.monthDoubt(baseMonth));
                }
            }
        }
        double referenceScore = DEFAULT_REFERENCE_IMD_SCORE;
        Entry reference = byKey.get("reference_imd_score");
        if (reference != null && reference.valid()) {
            var score = DataRow.parseNumber(reference.value());
            Bound bound = Bounds.REFERENCE_IMD_SCORE;
            if (score.isEmpty() || !bound.allows(score.get())) {
                log.error(
                        file,
                        reference.row(),
                        "value",
                        "reference_imd_score " + bound.refusal(reference.value(), score.orElse(Double.NaN))
                                + " (England's mean is 21.67)");
                ok = false;
            } else {
                referenceScore = score.get();
                if (!bound.typical(referenceScore)) {
                    log.warning(
                            file, reference.row(), "value", "reference_imd_score " + bound.doubt(reference.value()));
                }
            }
        }
        if (!ok) return null;
        return new SystemInfo(
                version.value(),
                byKey.get("icb_ods_code").value(),
                byKey.get("icb_ons_code").value(),
                byKey.get("name").value(),
                baseMonth,
                referenceScore);
    }
}
