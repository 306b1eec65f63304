package org.skillmix.data.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillmix.core.discharge.Calibration;
import org.skillmix.core.discharge.DischargeCalibrator;

/**
 * The flow model fitted to real ICBs' published daily series holds its fit on months it was not fitted to.
 * Floors: weekly backlog MAPE on the 6 held-back months at most 10% with the published arrivals, and at most
 * 15% when the held-back arrivals are forecast from the training months.
 */
public class DischargeCalibrationTest {

    public static Path shared() {
        Path root = Path.of(System.getProperty("skillmix.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
        Path data = root.resolveSibling("shared").resolve("data");
        assumeTrue(Files.isDirectory(data.resolve("nhs-discharge-criteria-to-reside")), "no shared data at " + data);
        return data;
    }

    @ParameterizedTest
    @CsvSource({
        "QOP, 2024-03-01, 2025-03-01",
        "QKK, 2024-03-01, 2025-03-01",
        "QOP, 2023-09-01, 2024-09-01",
        "QKK, 2023-09-01, 2024-09-01"
    })
    void holdsItsFitOnHeldBackMonths(String icb, LocalDate trainFrom, LocalDate testFrom) throws Exception {
        Path data = shared();
        IcbDischargeData d = new DischargeSources().read(data, icb, false);
        Calibration c = new DischargeCalibrator().calibrate(d.series(), trainFrom, testFrom, testFrom.plusMonths(6));
        System.out.printf(
                "%s %s C=%.1f K=%.1f a=%.1f util=%.3f train=%.4f held=%.4f forecast=%.4f%n",
                icb,
                testFrom,
                c.capacityPerDay(),
                c.halfSaturation(),
                c.meanArrivals(),
                c.utilisation(),
                c.trainMape(),
                c.heldBackMape(),
                c.forecastMape());
        assertThat(c.heldBackMape()).isLessThanOrEqualTo(0.10);
        assertThat(c.forecastMape()).isLessThanOrEqualTo(0.15);
        assertThat(c.capacityPerDay()).isGreaterThan(c.meanArrivals());
        // 6 months = 181..184 days: 25 or 26 whole weeks.
        assertThat(c.weeks().stream().filter(w -> w.heldBack()).count()).isBetween(25L, 26L);
    }

    /**
     * The published totals show no capacity ceiling near the arrivals: fixing the capacity close to them
     * (utilisation 0.9) fits the held-back months worse than 0.7, and both worse than the free fit. This is
     * what docs/discharge.md means by C being weakly identified.
     */
    @ParameterizedTest
    @CsvSource({"QOP", "QKK"})
    void fitsWorseTheNearerTheCapacityIsHeldToTheArrivals(String icb) throws Exception {
        IcbDischargeData d = new DischargeSources().read(shared(), icb, false);
        DischargeCalibrator calibrator = new DischargeCalibrator();
        LocalDate from = LocalDate.of(2024, 3, 1);
        LocalDate test = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 9, 1);
        Calibration free = calibrator.calibrate(d.series(), from, test, to);
        Calibration u70 = calibrator.calibrate(d.series(), from, test, to, 0.7);
        Calibration u90 = calibrator.calibrate(d.series(), from, test, to, 0.9);
        assertThat(u70.utilisation()).isCloseTo(0.7, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(free.trainMape()).isLessThan(u70.trainMape());
        assertThat(u70.trainMape()).isLessThan(u90.trainMape());
        assertThat(u70.heldBackMape()).isLessThan(u90.heldBackMape());
    }
}
