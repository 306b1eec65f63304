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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The ICS's themes: counts of concerns for its analysts, never a case (AccessPolicy.speakUpThemesIcb). Only complete months are
 * counted, and a financial year at a time: a figure that changed every day, or over any chosen range of dates,
 * could be differenced to date one concern. Each view is audited.
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
        this(store, organisations, audit, Clock.system(SpeakUpService.ENGLAND));
    }

    ThemeService(SpeakUpStore store, SpeakUpOrganisations organisations, AuditLog audit, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param icbCode the ICS (an analyst of one ICS may leave it out)
     * @param year the financial year's first calendar year (2025 for 2025/26); null for the latest with a complete
     *     month
     */
    public Themes themes(Account account, String icbCode, Integer year) {
        String icb = AccessPolicy.speakUpThemesIcb(account, icbCode);
        YearMonth lastComplete = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        int latestYear = startOfFinancialYear(lastComplete);
        int y = year == null ? latestYear : year;
        if (y > latestYear) {
            throw new Invalid(
                    "year",
                    Themes.financialYear(YearMonth.of(y, 4)) + " has no complete month yet; the latest is "
                            + Themes.financialYear(lastComplete));
        }
        if (y < 2000) throw new Invalid("year", "a financial year from 2000, e.g. " + latestYear);
        YearMonth from = YearMonth.of(y, 4);
        YearMonth to = YearMonth.of(y + 1, 3);
        if (to.isAfter(lastComplete)) to = lastComplete;

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

    static int startOfFinancialYear(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }
}
