package casus.cli;

import casus.engine.model.FactChange;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The {@code --set PATH=VALUE} options of a command: facts and preferences changed by path. */
final class Changes {
    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Change a fact or preference by path (see 'casus params'); repeatable.")
    List<String> options = new ArrayList<>();

    /** The changes given, parsed. */
    List<FactChange> list() {
        return parse(options);
    }

    boolean none() {
        return options.isEmpty();
    }

    /**
     * Parses {@code PATH=VALUE} options.
     *
     * @throws BadInputException for a malformed option or a path given twice
     */
    static List<FactChange> parse(List<String> options) {
        List<FactChange> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String o : options) {
            int eq = o.indexOf('=');
            if (eq <= 0 || eq == o.length() - 1) {
                throw new BadInputException("--set takes PATH=VALUE, got '" + o + "'");
            }
            String path = o.substring(0, eq).trim();
            if (!seen.add(path)) {
                throw new BadInputException("--set " + path + " is given twice");
            }
            out.add(new FactChange(path, o.substring(eq + 1).trim()));
        }
        return out;
    }

    /**
     * The setting with the changes applied, in order.
     *
     * @throws IllegalArgumentException naming the path, with the nearest valid paths when it is
     *     unknown and the allowed range when the value is out of it
     */
    static Setting apply(Setting s, List<FactChange> changes) {
        return Parameters.with(s, changes);
    }
}
