package org.skillmix.app.web.page;

import java.util.Locale;
import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.system.SystemNames;
import org.springframework.stereotype.Component;

/** Words the layout shows for codes that are not a dataset's: roles, and who is signed in. */
@Component("pageWords")
public class PageWords {
    private final SystemNames names;

    PageWords(SystemNames names) {
        this.names = names;
    }

    /** A role in words: "Organisation lead" for ORG_LEAD. */
    public static String role(AccessRole role) {
        if (role == null) return "";
        return switch (role.name()) {
            case "ADMIN" -> "Administrator";
            case "ANALYST" -> "Analyst";
            case "ICS_LEAD" -> "ICS lead";
            case "ORG_LEAD" -> "Organisation lead";
            case "VIEWER" -> "Viewer";
            case "GUARDIAN" -> "Freedom to Speak Up guardian";
            default -> {
                String words = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
                yield words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
            }
        };
    }

    public String roleOf(AccessRole role) {
        return role(role);
    }

    /** "Analyst, NHS Greater Manchester (QOP)"; "Organisation lead, Bolton NHS Foundation Trust (RMC)". */
    public String whoIs(Account me) {
        if (me == null) return "";
        String where = me.orgCode() != null
                ? names.organisation(me.icbCode(), me.orgCode())
                : me.icbCode() != null ? names.icb(me.icbCode()) : "every ICS";
        return role(me.role()) + ", " + where;
    }
}
