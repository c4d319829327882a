package casus.cli;

import casus.engine.model.ModelConstant;
import casus.engine.model.Parameter;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import casus.engine.model.Variation;
import casus.engine.scenario.Scenarios;
import casus.studies.Json;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code casus params}: every fact and preference of a scenario by path, with its value and allowed range. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"List every fact and preference of a scenario by path, with its value and allowed range: the paths that "
                + "--set, --sweep, --sample and --params take.", "Facts the scenario draws afresh in each run show their range."})
final class ParamsCommand implements Callable<Integer> {
    /** The prefix of the model's constants among parameter paths. */
    static final String MODEL_PREFIX = "model.";

    /** How the list is printed. */
    enum Format {
        table, csv, json, markdown
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Changes sets;

    @Option(names = "--scenario", required = true, description = "A bundled scenario's name or a scenario file.")
    String scenario;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, json or markdown (a table with each model constant's meaning and basis; default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Parameters(paramLabel = "PREFIX", arity = "0..*", description = "Only paths that start with one of these, for example actors or relations")
    List<String> prefixes = new ArrayList<>();

    @Override
    public Integer call() {
        Setting s = Changes.apply(Scenarios.load(scenario), sets.list());
        List<Parameter> shown = new ArrayList<>();
        for (Parameter p : Parameters.all(s)) {
            if (prefixes.isEmpty() || prefixes.stream().anyMatch(x -> p.path().startsWith(x))) {
                shown.add(p);
            }
        }
        if (shown.isEmpty()) {
            throw new BadInputException("no parameter of " + s.id() + " starts with " + String.join(" or ", prefixes) + "; nearest: "
                    + String.join(", ", Parameters.nearest(Parameters.all(s), prefixes.get(0), 3)));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> table(out, s, shown);
            case markdown -> markdown(out, s, shown);
            case csv -> {
                out.println("path,value,min,max,kind,drawn_low,drawn_high");
                for (Parameter p : shown) {
                    Variation v = drawn(s, p);
                    out.println(String.join(",", p.path(), p.value(s), bound(p, p.min()), bound(p, p.max()), p.kind().name().toLowerCase(Locale.ROOT),
                            v == null ? "" : Double.toString(v.low()), v == null ? "" : Double.toString(v.high())));
                }
            }
            case json -> {
                JsonArray a = new JsonArray();
                for (Parameter p : shown) {
                    JsonObject o = new JsonObject();
                    o.addProperty("path", p.path());
                    o.addProperty("value", p.value(s));
                    o.addProperty("range", p.range());
                    o.addProperty("kind", p.kind().name().toLowerCase(Locale.ROOT));
                    Variation v = drawn(s, p);
                    if (v != null) {
                        JsonArray d = new JsonArray();
                        d.add(v.low());
                        d.add(v.high());
                        o.add("drawn", d);
                    }
                    a.add(o);
                }
                out.println(Json.PRETTY.toJson(a));
            }
        }
        out.flush();
        return 0;
    }

    private static void table(PrintWriter out, Setting s, List<Parameter> shown) {
        int width = shown.stream().mapToInt(p -> p.path().length()).max().orElse(4);
        out.println(String.format(Locale.ROOT, "%-" + width + "s  %-12s %-20s %s", "path", "value", "allowed", "drawn in each run"));
        for (Parameter p : shown) {
            Variation v = drawn(s, p);
            String d = v == null ? "" : "from " + fmt(v.low()) + " to " + fmt(v.high());
            out.println(String.format(Locale.ROOT, "%-" + width + "s  %-12s %-20s %s", p.path(), p.value(s), p.range(), d).stripTrailing());
        }
    }

    /** A Markdown table; a model constant's row adds what it means and the basis of its value. */
    private static void markdown(PrintWriter out, Setting s, List<Parameter> shown) {
        out.println("| parameter | value | range | meaning | basis |");
        out.println("| --- | ---: | --- | --- | --- |");
        for (Parameter p : shown) {
            ModelConstant c = p.path().startsWith(MODEL_PREFIX) ? ModelConstant.byKey(p.path().substring(MODEL_PREFIX.length())) : null;
            String meaning = c == null ? "" : cell(s.model().entry(c).meaning());
            String basis = c == null ? "" : cell(s.model().entry(c).basis());
            out.println("| `" + p.path() + "` | " + p.value(s) + " | " + p.range() + " | " + meaning + " | " + basis + " |");
        }
    }

    /** Text fit for a Markdown table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static Variation drawn(Setting s, Parameter p) {
        for (Variation v : s.variations()) {
            if (v.path().equals(p.path())) {
                return v;
            }
        }
        return null;
    }

    private static String bound(Parameter p, double v) {
        return p.kind() == Parameter.Kind.ACTOR ? "" : casus.studies.Num.format(v);
    }

    private static String fmt(double v) {
        return casus.studies.Num.format(v);
    }

}
