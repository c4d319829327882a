package casus.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The indicators per day as CSV: a row per day played (its values at the end of the day), a
 * column per indicator, after {@code day} and {@code date}. Unknown values are left empty. The
 * indicator "day" (the next day to play) is left out: the first column says which day it is.
 */
final class IndicatorCsv {
    static final String DAY = "day";

    private IndicatorCsv() {
    }

    static void write(IndicatorTable table, Writer out) throws IOException {
        List<String> keys = table.keys().stream().filter(k -> !k.equals(DAY)).toList();
        out.write("day,date");
        for (String k : keys) {
            out.write(',');
            out.write(cell(k));
        }
        out.write('\n');
        for (int row = 0; row < table.rows(); row++) {
            out.write(Integer.toString(table.day(row)));
            out.write(',');
            out.write(cell(table.date(row)));
            for (String k : keys) {
                out.write(',');
                out.write(Numbers.exact(table.value(k, row)));
            }
            out.write('\n');
        }
    }

    /** Quotes a cell that holds a comma, a quote or a line break (RFC 4180). */
    static String cell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
