package casus.client.command;

/**
 * What came of a command line.
 *
 * @param done whether the command was carried out
 * @param quit whether the person asked to leave
 * @param refusal why it was refused, one line; "" when it was not
 */
public record Outcome(boolean done, boolean quit, String refusal) {
    public static final Outcome DONE = new Outcome(true, false, "");
    public static final Outcome QUIT = new Outcome(true, true, "");

    public static Outcome refused(String why) {
        return new Outcome(false, false, why);
    }
}
