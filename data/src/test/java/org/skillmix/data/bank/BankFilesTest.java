package org.skillmix.data.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.bank.BankShift;
import org.skillmix.core.bank.BankWorker;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.export.SampleSystem;

/**
 * The bank's pool and shifts files, held to the rules every CSV Skillmix reads follows: a column named twice, a
 * key given twice, broken CSV and text in another encoding are refused by file, row and column.
 */
class BankFilesTest {

    private static final SystemModel SYSTEM = SampleSystem.system("Test ICS", "Wound care");
    private static final String POOL = "worker_id,home_org,roles,hours_per_week,min_rate_gbp\n";
    private static final String SHIFTS =
            "shift_id,org_code,week,role_code,hours,critical,offered_rate_gbp,agency_rate_gbp\n";

    @Test
    void readsThePoolAndTheShifts() throws DatasetException {
        List<BankWorker> pool =
                BankFiles.readPool("bank.csv", bytes(POOL + "BK-1,R0A,rn_adult;hcsw,22.5,24\n"), SYSTEM);
        List<BankShift> shifts =
                BankFiles.readShifts("shifts.csv", bytes(SHIFTS + "S1,R0A,1,rn_adult,37.5,yes,32,58\n"), SYSTEM);

        assertThat(pool)
                .singleElement()
                .satisfies(w -> assertThat(w.roles()).containsExactlyInAnyOrder("rn_adult", "hcsw"));
        assertThat(shifts).singleElement().satisfies(s -> assertThat(s.hours()).isEqualTo(37.5));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheFirstRow() {
        assertThat(poolErrors("BK-1,R0A,rn_adult,22.5,24\nBK-1,RM3,hcsw,10,20\n"))
                .containsExactly(
                        "bank.csv:3:worker_id: duplicates row 2: the same worker_id (BK-1) may appear only once");
        assertThat(shiftErrors("S1,R0A,1,rn_adult,37.5,yes,32,58\nS1,R0A,2,rn_adult,37.5,yes,32,58\n"))
                .containsExactly(
                        "shifts.csv:3:shift_id: duplicates row 2: the same shift_id (S1) may appear only once");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThat(errors(
                        "bank.csv",
                        "worker_id,home_org,roles,hours_per_week,min_rate_gbp,roles\nBK-1,R0A,rn_adult,22.5,24,hcsw\n",
                        true))
                .containsExactly("bank.csv:1:roles: column roles appears twice in the header; keep one");
    }

    @Test
    void brokenCsvIsNamedByRowAndColumn() {
        assertThat(shiftErrors("S1,R0A,1,rn_adult,37.5,yes,32,58\nS2,\"R0A,1,rn_adult,37.5,yes,32,58\n"))
                .singleElement()
                .asString()
                .startsWith("shifts.csv:3:org_code: a quote (\") opens a cell and is never closed");
    }

    @Test
    void textInAnotherEncodingIsNamed() {
        byte[] utf16 = (POOL + "BK-1,R0A,rn_adult,22.5,24\n").getBytes(StandardCharsets.UTF_16);
        DatasetException e = failure(() -> BankFiles.readPool("bank.csv", utf16, SYSTEM));
        assertThat(e.errors())
                .singleElement()
                .asString()
                .startsWith("bank.csv: is UTF-16 (big-endian, with a byte-order mark) text");
    }

    @Test
    void numbersAreHeldToTheirBoundsAndIdsToPseudonyms() {
        assertThat(poolErrors("BK-1,R0A,rn_adult,200,24\n=1+1,R0A,rn_adult,20,1e308\n"))
                .containsExactly(
                        "bank.csv:2:hours_per_week: must be between 0 and 60 hours, not 200: beyond the Working Time"
                                + " Regulations' 48 hours with any overtime",
                        "bank.csv:3:worker_id: \"=1+1\" is not a valid id: use letters, digits, _ and - only, at most 60 of them",
                        "bank.csv:3:min_rate_gbp: must be between 0 and 1000 GBP per hour, not 1e308: far above any bank"
                                + " or agency rate (the dearest agency doctors are about 150)");
        assertThat(shiftErrors("S1,R0A,1,rn_adult,37.5,yes,40,30\n"))
                .containsExactly("shifts.csv:2:agency_rate_gbp: the agency rate 30 is below the offered bank rate 40;"
                        + " agency is the dearer last resort");
    }

    private static List<String> poolErrors(String body) {
        return errors("bank.csv", POOL + body, true);
    }

    private static List<String> shiftErrors(String body) {
        return errors("shifts.csv", SHIFTS + body, false);
    }

    private static List<String> errors(String name, String text, boolean pool) {
        DatasetException e = failure(() -> {
            if (pool) BankFiles.readPool(name, bytes(text), SYSTEM);
            else BankFiles.readShifts(name, bytes(text), SYSTEM);
        });
        return e.errors().stream().map(Problem::toString).toList();
    }

    private interface Read {
        void run() throws DatasetException;
    }

    private static DatasetException failure(Read read) {
        try {
            read.run();
        } catch (DatasetException e) {
            return e;
        }
        throw new AssertionError("expected the file to be refused");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
