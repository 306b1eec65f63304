package org.skillmix.data.report;

/** Escaping for text that goes into the report: dataset names are user input and may hold markup. */
public final class Html {
    private Html() {}

    /** Text safe inside an element or a quoted attribute. */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (out != null) {
                if (replacement != null) out.append(replacement);
                else out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * JSON or JavaScript safe inside a script element: "&lt;/script" or "&lt;!--" must not appear. In JSON
     * these characters only occur inside strings, where the \\u escapes mean the same.
     */
    static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** Inlined library code: "&lt;/script" would end the element early; "&lt;\/" means the same in JS. */
    static String scriptSafeCode(String js) {
        return js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT");
    }
}
