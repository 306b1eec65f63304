package org.skillmix.data.dataset;

import java.util.List;

/**
 * One column of a dataset table as the format defines it. The same definitions drive the header
 * checks, the writer's column order, the template's README sheet and docs/dataset.md.
 *
 * @param name         the header text, lower case
 * @param numeric      whether values are numbers (written as number cells in a workbook)
 * @param required     whether the column must be in the header
 * @param defaultValue what a blank cell means, as the README states it ("" when a blank is not allowed
 *                     or the column is required)
 * @param meaning      what the column holds, with its unit and allowed values
 */
public record Column(String name, boolean numeric, boolean required, String defaultValue, String meaning) {

    static Column code(String name, String meaning) {
        return new Column(name, false, true, "", meaning);
    }

    static Column text(String name, String meaning) {
        return new Column(name, false, true, "", meaning);
    }

    static Column optionalText(String name, String defaultValue, String meaning) {
        return new Column(name, false, false, defaultValue, meaning);
    }

    static Column number(String name, String meaning) {
        return new Column(name, true, true, "", meaning);
    }

    static Column optionalNumber(String name, String defaultValue, String meaning) {
        return new Column(name, true, false, defaultValue, meaning);
    }

    /**
     * The three columns of an uncertain parameter. Only NAME_mode can be required: a blank low and
     * high mean the value is certain.
     */
    static List<Column> uncertain(String name, String defaultValue, String meaning) {
        boolean required = defaultValue.isEmpty();
        return List.of(
                new Column(name + "_low", true, false, "", "lowest plausible " + name + " (blank: certain)"),
                new Column(name + "_mode", true, required, defaultValue, meaning),
                new Column(name + "_high", true, false, "", "highest plausible " + name + " (blank: certain)"));
    }
}
