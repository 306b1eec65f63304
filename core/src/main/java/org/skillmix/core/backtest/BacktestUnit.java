package org.skillmix.core.backtest;

import java.util.List;

/**
 * What a back-test compares with one observed series: a trust of today (code, name, sector), the dataset's
 * organisations that hold its staff (the trust, its parts by sector, its community services carved out), and the
 * factor that turns their modelled staff in post into the trust's whole FTE (the trust's FTE in every staff group at
 * the base over its FTE in the staff groups the model carries, so the groups the model does not carry are taken to
 * move with those it does).
 */
public record BacktestUnit(String code, String name, String sector, List<String> organisations, double scale) {
    public BacktestUnit {
        organisations = List.copyOf(organisations);
        if (organisations.isEmpty()) throw new IllegalArgumentException(code + " holds no organisation");
        if (!(scale > 0) || Double.isInfinite(scale))
            throw new IllegalArgumentException(code + ": scale must be a positive number, not " + scale);
    }
}
