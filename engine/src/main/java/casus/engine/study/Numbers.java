package casus.engine.study;

import java.math.BigDecimal;

/** Reading and writing the numbers of a study. */
final class Numbers {
    private Numbers() {
    }

    static BigDecimal decimal(String what, String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new StudyException(what + ": '" + text + "' is not a number");
        }
    }
}
