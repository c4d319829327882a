package casus.client.command;

import picocli.CommandLine.Command;

/** {@code quit}: leaves the client; a state played waits for its player through the server's grace period. */
@Command(name = "quit", aliases = "exit", description = "Leave the client. A state you play waits for you through the server's grace "
        + "period, then goes back to its agent; 'release' first hands it back at once.")
final class QuitCommand extends Verb {
    QuitCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ctx.quit();
    }
}
