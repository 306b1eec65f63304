package org.skillmix.app.web.page;

import java.util.ArrayList;
import java.util.List;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.springframework.stereotype.Component;

/**
 * The header's navigation: the sections an account may use, by permission (AccessPolicy decides; a link to a
 * page the account would be refused is not offered), with the one the reader is in marked current.
 */
@Component("pageNavigation")
public class PageNavigation {

    /** One link of the navigation; current when the page is in its section. */
    public record Item(String id, String text, String href, boolean current) {}

    public List<Item> items(Account me, String path) {
        List<Item> items = new ArrayList<>();
        if (me == null) return items;
        String here = path == null ? "" : path;
        if (me.may(Permission.READ_SYSTEMS)) {
            items.add(item("Systems", "/systems", here, "/systems", "/datasets", "/mutual-aid"));
            items.add(item("Runs", "/runs", here, "/runs"));
            items.add(item("Comparisons", "/comparisons", here, "/comparisons"));
            items.add(item("Analyses", "/analyses", here, "/analyses"));
            items.add(item("Plans", "/plans", here, "/plans"));
        }
        if (me.may(Permission.ANSWER_SPEAK_UP_CASES))
            items.add(item("Speak-up cases", "/speak-up/cases", here, "/speak-up/cases"));
        if (me.may(Permission.READ_SPEAK_UP_THEMES))
            items.add(item("Speak-up themes", "/speak-up/themes", here, "/speak-up/themes"));
        if (me.may(Permission.MANAGE_ACCOUNTS)) items.add(item("Accounts", "/accounts", here, "/accounts"));
        items.add(item("Help", "/help", here, "/help"));
        return items;
    }

    private static Item item(String text, String href, String path, String... sections) {
        boolean current = false;
        for (String section : sections) current |= path.equals(section) || path.startsWith(section + "/");
        return new Item("nav" + href.replace('/', '-'), text, href, current);
    }
}
