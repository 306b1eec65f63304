package org.skillmix.app.web.speakup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.time.PageTimes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The ICS's themes: counts of concerns for its analysts, never a case (AccessPolicy.speakUpThemesIcb). Only whole
 * financial years that have ended are shown, each of them always the same table. A year in progress is not: its
 * table would change each month, and one month's table less the last month's gives each organisation's concerns
 * of that month by category (a count of 1 where a total went from 7 to 8), and its category totals less the last
 * month's give a month's counts that the month table suppresses; suppression protects one table, not the
 * difference of two. Each view is audited.
 */
@Service
public class ThemeService {
    /** Suppression solves integer programmes: each distinct set of counts is worked out once. */
    private static final int CACHED = 64;

    private final SpeakUpStore store;
    private final SpeakUpOrganisations organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<List<Object>, Themes> cache = new ConcurrentHashMap<>();

    @Autowired
    public ThemeService(SpeakUpStore store, SpeakUpOrganisations organisations, AuditLog audit) {
        this(store, organisations, audit, Clock.system(PageTimes.ENGLAND));
    }

    ThemeService(SpeakUpStore store, SpeakUpOrganisations organisations, AuditLog audit, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param icbCode the ICS (an analyst of one ICS may leave it out)
     * @param year the financial year's first calendar year (2025 for 2025/26); null for the latest that has ended
     */
    public Themes themes(Account account, String icbCode, Integer year) {
        String icb = AccessPolicy.speakUpThemesIcb(account, icbCode);
        int latestYear = latestEndedYear(LocalDate.now(clock));
        int y = year == null ? latestYear : year;
        if (y > latestYear) {
            throw new Invalid(
                    "year",
                    Themes.financialYear(YearMonth.of(y, 4)) + " has not ended: themes are shown for whole financial"
                            + " years, once their March is over (the latest is "
                            + Themes.financialYear(YearMonth.of(latestYear, 4)) + ")");
        }
        if (y < 2000) throw new Invalid("year", "a financial year from 2000, e.g. " + latestYear);
        YearMonth from = YearMonth.of(y, 4);
        YearMonth to = YearMonth.of(y + 1, 3);

        var ics = organisations.ics(icb);
        String icbName = ics.map(SpeakUpOrganisations.Ics::icbName).orElse(icb);
        List<Themes.Organisation> orgs = ics.map(i -> i.organisations().stream()
                        .map(o -> new Themes.Organisation(
                                o.code(), o.name(), o.sector().code()))
                        .toList())
                .orElse(List.of());
        List<SpeakUpStore.Count> counts = store.counts(icb, from, to);
        List<String> years = new ArrayList<>();
        int first = store.firstRaised(icb)
                .map(d -> startOfFinancialYear(YearMonth.from(d)))
                .orElse(latestYear);
        for (int k = latestYear; k >= Math.min(first, latestYear); k--)
            years.add(Themes.financialYear(YearMonth.of(k, 4)));

        List<Object> key = List.of(icb, icbName, from, to, orgs, counts, years);
        if (cache.size() > CACHED) cache.clear();
        YearMonth f = from, t = to;
        Themes themes = cache.computeIfAbsent(key, k -> Themes.build(icb, icbName, f, t, orgs, counts, years));
        audit.record(icb, account.username(), "speakup.themes.read", icb + " " + themes.financialYear());
        return themes;
    }

    /** The first calendar year of the latest financial year whose March is over on this day (2024 for 2024/25). */
    static int latestEndedYear(LocalDate today) {
        return startOfFinancialYear(YearMonth.from(today)) - 1;
    }

    static int startOfFinancialYear(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }
}
