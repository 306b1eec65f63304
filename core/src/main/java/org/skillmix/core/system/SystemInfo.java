package org.skillmix.core.system;

import java.time.YearMonth;

/**
 * What the dataset's manifest says about the system as a whole.
 *
 * @param formatVersion     dataset format version, e.g. "1"
 * @param icbOdsCode        the ICB's ODS code, e.g. "QOP"
 * @param icbOnsCode        the ICB's ONS GSS code, e.g. "E54000057"
 * @param name              the system's name
 * @param baseMonth         the first month projected; the workforce baseline is the stock at its start
 * @param referenceImdScore the IMD score at which the deprivation adjustment is 1 (England's average)
 */
public record SystemInfo(
        String formatVersion,
        String icbOdsCode,
        String icbOnsCode,
        String name,
        YearMonth baseMonth,
        double referenceImdScore) {}
