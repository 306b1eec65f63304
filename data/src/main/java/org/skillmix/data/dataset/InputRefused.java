package org.skillmix.data.dataset;

import java.io.IOException;

/**
 * An input Skillmix will not read, with a reason written for the planner: one line, plain words, no
 * parser's or library's text. Only these messages are shown as they are; any other exception met while
 * reading is described by {@link PlainWords}.
 */
public class InputRefused extends IOException {

    public InputRefused(String reason) {
        super(reason);
    }
}
