package org.skillmix.app.web.slice;

import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;

/** What the slice tests share: the signed-in analyst of Greater Manchester (QOP) their requests come from. */
final class SliceFixtures {
    static final Account ANALYST = new Account("ana", AccessRole.ANALYST, "QOP", null);

    private SliceFixtures() {}
}
