package org.skillmix.data.export;

import java.io.Writer;
import org.skillmix.core.bank.BankPlan;
import org.skillmix.core.bank.BankShift;

/**
 * The collaborative bank's fill as three CSV files (docs/bank.md): bank-fills.csv (who works which shift),
 * bank-cover.csv (each shift's bank and agency hours and spend with and without the cap) and bank-fill-rate.csv
 * (each organisation's week). Hours and GBP to two decimals. The names of the codes close each row, where their
 * commas cannot move a column a reader finds by position.
 */
public final class BankCsv {
    public static final String FILLS = "bank-fills.csv";
    public static final String COVER = "bank-cover.csv";
    public static final String FILL_RATE = "bank-fill-rate.csv";

    static final String FILLS_HEADER =
            "week,shift_id,org_code,role_code,worker_id,worker_home_org,hours,capped_rate_gbp,org_name,role_name,"
                    + "worker_home_org_name";
    static final String COVER_HEADER =
            "week,shift_id,org_code,role_code,hours,critical,bank_hours,agency_hours,offered_rate_gbp,"
                    + "capped_rate_gbp,uncapped_rate_gbp,agency_rate_gbp,spend_capped_gbp,spend_uncapped_gbp,org_name,"
                    + "role_name";
    static final String FILL_RATE_HEADER = "org_code,week,posted_hours,bank_hours,agency_hours,fill_rate,org_name";

    private BankCsv() {}

    public static void fills(BankPlan plan, CodeNames names, Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, FILLS_HEADER);
        for (BankPlan.Fill f : plan.fills()) {
            BankShift s = f.shift();
            csv.integer(s.week())
                    .text(s.id())
                    .text(s.orgCode())
                    .text(s.roleCode())
                    .text(f.worker().id())
                    .text(f.worker().homeOrg())
                    .number(f.hours(), 2)
                    .number(plan.coverOf(f).cappedRate(), 2)
                    .text(names.organisation(s.orgCode()))
                    .text(names.role(s.roleCode()))
                    .text(names.organisation(f.worker().homeOrg()))
                    .endRow();
        }
        csv.flush();
    }

    public static void cover(BankPlan plan, CodeNames names, Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, COVER_HEADER);
        for (BankPlan.Cover c : plan.covers()) {
            BankShift s = c.shift();
            csv.integer(s.week())
                    .text(s.id())
                    .text(s.orgCode())
                    .text(s.roleCode())
                    .number(s.hours(), 2)
                    .yesNo(s.critical())
                    .number(c.bankHours(), 2)
                    .number(c.agencyHours(), 2)
                    .number(s.offeredRate(), 2)
                    .number(c.cappedRate(), 2)
                    .number(c.uncappedRate(), 2)
                    .number(s.agencyRate(), 2)
                    .number(c.spendCapped(), 2)
                    .number(c.spendUncapped(), 2)
                    .text(names.organisation(s.orgCode()))
                    .text(names.role(s.roleCode()))
                    .endRow();
        }
        csv.flush();
    }

    public static void fillRates(BankPlan plan, CodeNames names, Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, FILL_RATE_HEADER);
        for (BankPlan.FillRate r : plan.fillRates()) {
            csv.text(r.orgCode())
                    .integer(r.week())
                    .number(r.postedHours(), 2)
                    .number(r.bankHours(), 2)
                    .number(r.agencyHours(), 2)
                    .number(r.fillRate(), 3)
                    .text(names.organisation(r.orgCode()))
                    .endRow();
        }
        csv.flush();
    }
}
