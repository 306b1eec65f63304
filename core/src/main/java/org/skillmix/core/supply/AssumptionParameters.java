package org.skillmix.core.supply;

import java.util.List;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * The registered parameter of every assumption row (assumptions.csv), in the rows' order, and the rule by
 * which a line or role finds the row it takes: the first scope, in the order asked, that has a row.
 * Every row is registered, used or not, so a row's random number never depends on which rules read it.
 */
public final class AssumptionParameters {
    private final List<Assumption> assumptions;
    private final int[] param;

    AssumptionParameters(List<Assumption> assumptions, UncertainParameters parameters) {
        this.assumptions = List.copyOf(assumptions);
        param = new int[assumptions.size()];
        for (int a = 0; a < assumptions.size(); a++) {
            Assumption as = assumptions.get(a);
            // the group is set by the rule that reads the row (see UncertainParameters#group(int, ParameterGroup))
            param[a] = parameters.add(as.parameter() + " " + as.scope(), null, as.value());
        }
    }

    /** The registered index of parameter's row for the first of scopes that has one, or -1 if none has. */
    public int resolve(String parameter, String... scopes) {
        for (String scope : scopes) {
            for (int a = 0; a < assumptions.size(); a++) {
                if (assumptions.get(a).parameter().equals(parameter)
                        && assumptions.get(a).scope().equals(scope)) return param[a];
            }
        }
        return -1;
    }

    /** Whether any row gives this parameter. */
    public boolean has(String parameter) {
        return assumptions.stream().anyMatch(a -> a.parameter().equals(parameter));
    }
}
