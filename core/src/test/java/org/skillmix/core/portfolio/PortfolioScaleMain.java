package org.skillmix.core.portfolio;

/**
 * The scale case, run as a whole process (not a timed test): 30 interventions, 10 years, up to 4
 * levels each, maximise the final year's gap closed within a yearly budget. Prints the solve time and state.
 * Run: java -cp core/target/classes:core/target/test-classes:$(ojalgo jar) org.skillmix.core.portfolio.PortfolioScaleMain
 */
public final class PortfolioScaleMain {
    public static void main(String[] args) {
        PortfolioOptimiser solver = new PortfolioOptimiser(30_000);
        for (long seed = 1; seed <= (args.length > 0 ? Long.parseLong(args[0]) : 5); seed++) {
            for (PortfolioProblem.Goal goal : PortfolioProblem.Goal.values()) {
                PortfolioProblem p = PortfolioOptimiserTest.random(seed, 30, 10, 4, goal);
                Portfolio r = solver.solve(p);
                System.out.printf(
                        "seed %d %s: %d ms, state %s, proven %s, objective %.3f%n",
                        seed, goal, r.millis(), r.solverState(), r.proven(), r.objective());
            }
        }
    }
}
