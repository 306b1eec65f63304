package org.skillmix.usecase;

/**
 * A setting of a use case out of its allowed range or naming something the dataset does not have. The command
 * line prints the message and exits 2; the web answers 400 naming the field.
 *
 * @see #field()
 */
public class InvalidSetting extends IllegalArgumentException {
    private final String field;

    /**
     * @param field   the setting, named as the web's request field ("years", "targetCapabilities")
     * @param message what is wrong and what is allowed, in words a planner reads
     */
    public InvalidSetting(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Throws when the value is outside [min, max]. */
    public static int within(String field, int value, int min, int max, String message) {
        if (value < min || value > max) throw new InvalidSetting(field, message + ", not " + value);
        return value;
    }
}
