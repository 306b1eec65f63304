package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillmix.core.bank.BankShift;
import org.skillmix.core.bank.BankWorker;
import org.skillmix.core.bank.CollaborativeBank;

class CsvOutputTest {

    @Test
    void quotesOnlyWhatNeedsItAndWritesFixedDecimalsHalfUp() {
        StringWriter text = new StringWriter();
        CsvOutput csv = CsvOutput.to(text, "code,name", "fte", "n", "ok", "note");
        csv.text("A1").number(1.2345, 3).integer(7).yesNo(true).blank().endRow();
        csv.text("x\"y")
                .number(-0.5, 0)
                .integer(-1)
                .yesNo(false)
                .text("line\nbreak")
                .endRow();
        csv.flush();
        // "code,name" is one column whose name holds a comma; -0.5 rounds half up in size, as String.format does.
        assertThat(text.toString())
                .isEqualTo("\"code,name\",fte,n,ok,note\nA1,1.235,7,yes,\n\"x\"\"y\",-1,-1,no,\"line\nbreak\"\n");
    }

    @Test
    void textAFormulaWouldRunGetsAnApostropheButNumbersNever() {
        StringWriter text = new StringWriter();
        CsvOutput csv = CsvOutput.to(text, "cell", "figure");
        for (String risky : List.of("=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx")) {
            csv.text(risky).number(-2, 1).endRow();
        }
        csv.flush();
        assertThat(text.toString())
                .isEqualTo("cell,figure\n'=1+1,-2.0\n'+44,-2.0\n'-2,-2.0\n'@SUM(A1),-2.0\n'\tx,-2.0\n\"'\rx\",-2.0\n");
        for (String risky : List.of("=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetText.restore(SpreadsheetText.neutralised(risky)))
                    .isEqualTo(risky);
        }
        assertThat(SpreadsheetText.neutralised("NHS-1")).isEqualTo("NHS-1");
        assertThat(SpreadsheetText.restore("'plain")).isEqualTo("'plain");
    }

    @Test
    void refusesNaNAndInfinityNamingTheColumnAndRow() {
        CsvOutput csv = CsvOutput.to(new StringWriter(), "code", "fte");
        csv.text("A").number(1, 1).endRow();
        assertThatThrownBy(() -> csv.text("B").number(Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column fte, row 3: NaN is not a figure a file may hold; nothing was written");
        assertThatThrownBy(() -> CsvOutput.to(new StringWriter(), "x").number(Double.POSITIVE_INFINITY, 0))
                .hasMessageContaining("Infinity");
    }

    @Test
    void aRowMustFillEveryColumn() {
        CsvOutput csv = CsvOutput.to(new StringWriter(), "a", "b");
        csv.text("only one");
        assertThatThrownBy(csv::endRow).hasMessage("row 2 has 1 cells for 2 columns [a, b]");
    }

    @Test
    void aCellCanBeQuotedWhateverItHoldsAndAFigureWrittenAsGiven() {
        StringWriter text = new StringWriter();
        CsvOutput csv = CsvOutput.to(text, "value", "unit");
        csv.number(new BigDecimal("0.9176")).quoted("share").endRow();
        csv.number(new BigDecimal("1")).text("share").endRow();
        csv.number(new BigDecimal("2")).quoted("").endRow();
        csv.flush();
        assertThat(text.toString()).isEqualTo("value,unit\n0.9176,\"share\"\n1,share\n2,\n");
    }

    @Test
    void aBankWorkerIdAFormulaWouldRunReachesBankFillsAsText() {
        BankWorker worker = new BankWorker("=1+1", "RM3", Set.of("RN_ADULT"), 30, 20);
        BankShift shift = new BankShift("S1", "R0A", 1, "RN_ADULT", 7.5, true, 30, 60);
        var plan = new CollaborativeBank(Map.of()).fill(List.of(worker), List.of(shift));
        StringWriter fills = new StringWriter();
        BankCsv.fills(plan, CodeNames.CODES, fills);
        assertThat(fills.toString())
                .contains("\n1,S1,R0A,RN_ADULT,'=1+1,RM3,7.50,")
                .doesNotContain(",=");
    }

    /** The names close each bank row, quoted where they hold a comma, after the columns a reader finds by position. */
    @Test
    void bankRowsEndWithTheNamesOfTheirCodes() {
        BankWorker worker = new BankWorker("W1", "RM3", Set.of("RN_ADULT"), 30, 20);
        BankShift shift = new BankShift("S1", "R0A", 1, "RN_ADULT", 7.5, true, 30, 60);
        var plan = new CollaborativeBank(Map.of()).fill(List.of(worker), List.of(shift));
        CodeNames names = new CodeNames() {
            @Override
            public String organisation(String code) {
                return code.equals("R0A") ? "Manchester University, MFT" : "Northern Care Alliance";
            }

            @Override
            public String role(String code) {
                return "Registered nurse (adult)";
            }
        };
        StringWriter fills = new StringWriter(), cover = new StringWriter(), rates = new StringWriter();
        BankCsv.fills(plan, names, fills);
        BankCsv.cover(plan, names, cover);
        BankCsv.fillRates(plan, names, rates);
        assertThat(fills.toString())
                .endsWith(",\"Manchester University, MFT\",Registered nurse (adult),Northern Care Alliance\n");
        assertThat(cover.toString()).endsWith(",\"Manchester University, MFT\",Registered nurse (adult)\n");
        assertThat(rates.toString()).endsWith(",\"Manchester University, MFT\"\n");
    }
}
