package org.skillmix.data.export;

/**
 * The names a file writes beside the codes it holds (report.Names for a dataset's names), so a planner reading an
 * output in Excel sees "Bolton NHS Foundation Trust" beside RMC without a look-up of their own.
 */
public interface CodeNames {
    /** No names: every code stands for itself. */
    CodeNames CODES = new CodeNames() {
        @Override
        public String organisation(String code) {
            return code;
        }

        @Override
        public String role(String code) {
            return code;
        }
    };

    String organisation(String code);

    String role(String code);
}
