package org.skillmix.app.web.page;

import tools.jackson.databind.json.JsonMapper;

/**
 * Figures and names a page embeds for its script as JSON, in a {@code <script type="application/json">} block
 * (data, which the Content-Security-Policy allows, not code): safe inside the block, since "&lt;/" cannot end it.
 */
public final class PageJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PageJson() {}

    public static String of(Object value) {
        return JSON.writeValueAsString(value).replace("</", "<\\/");
    }
}
