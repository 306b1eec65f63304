package org.skillmix.bench;

/**
 * The yardstick for the kernel benchmark: a plain Java loop over arrays of the kernel's sizes. Each month it
 * updates every workforce line's stock with one stock-flow step (S' = S (1 - leave) + join, effective =
 * S' (1 - sickness)), and for every active capability cell sets demand = base x growth^t, supply =
 * min(demand, available) and unmet = demand - supply. No model structure, no allocation LP, no sampling:
 * the least work that produces the same number of monthly figures.
 */
final class PlainLoop {
    private final double[] stock, leave, join, sickness, effective;
    private final int[] cells;
    private final double[] base, available, demand, supply, unmet;

    PlainLoop(int lines, int[] activeCells, int denseCells) {
        stock = new double[lines];
        leave = new double[lines];
        join = new double[lines];
        sickness = new double[lines];
        effective = new double[lines];
        for (int i = 0; i < lines; i++) {
            leave[i] = 0.01 + 0.0001 * (i % 7);
            join[i] = 0.4 + 0.01 * (i % 5);
            sickness[i] = 0.05;
        }
        cells = activeCells.clone();
        base = new double[denseCells];
        available = new double[denseCells];
        demand = new double[denseCells];
        supply = new double[denseCells];
        unmet = new double[denseCells];
        for (int c : cells) {
            base[c] = 10 + c % 13;
            available[c] = 11 + c % 3;
        }
    }

    /** One draw of months months; returns a checksum so the work cannot be optimised away. */
    double run(int months) {
        java.util.Arrays.fill(stock, 40.0);
        double checksum = 0;
        for (int t = 0; t < months; t++) {
            for (int i = 0; i < stock.length; i++) {
                stock[i] = stock[i] * (1 - leave[i]) + join[i];
                effective[i] = stock[i] * (1 - sickness[i]);
            }
            double growth = Math.pow(1.01, t / 12.0);
            for (int c : cells) {
                double d = base[c] * growth;
                double s = Math.min(d, available[c]);
                demand[c] = d;
                supply[c] = s;
                unmet[c] = d - s;
            }
        }
        for (int c : cells) checksum += unmet[c];
        for (double e : effective) checksum += e;
        return checksum;
    }
}
