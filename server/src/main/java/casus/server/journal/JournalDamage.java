package casus.server.journal;

import casus.v1.JournalEntry;
import casus.v1.JournalInput;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a journal is damaged before its last record, and what is lost with the damage: bytes
 * that fail their checksum (or cannot be read as records at all) with whole records after
 * them, which is never what a crash leaves. A crash can only tear the record being written
 * last; that is a torn tail, not damage.
 *
 * @param at the byte where the damage starts, the end of the last whole record before it
 * @param unreadableBytes how many bytes from there on cannot be read as records
 * @param recordsBefore how many whole records come before the damage
 * @param after the whole records found after the damage, which cannot be trusted to follow on
 *     from what came before it
 */
public record JournalDamage(long at, long unreadableBytes, int recordsBefore, List<JournalEntry> after) {
    public JournalDamage {
        after = List.copyOf(after);
    }

    /** One line: where the damage is and what is lost with it. */
    public String describe() {
        return "damaged at byte " + at + ", in its record " + (recordsBefore + 1) + ": " + unreadableBytes
                + " bytes cannot be read, and " + lost();
    }

    /** What is lost with the damage: the unreadable bytes' records, and the whole ones after them, by kind. */
    public String lost() {
        if (after.isEmpty()) {
            return "whatever they held is lost";
        }
        int firstDay = Integer.MAX_VALUE;
        int lastDay = Integer.MIN_VALUE;
        int ticks = 0;
        boolean ended = false;
        Map<Noun, Integer> inputs = new EnumMap<>(Noun.class);
        for (JournalEntry e : after) {
            switch (e.getKindCase()) {
                case TICK -> {
                    ticks++;
                    firstDay = Math.min(firstDay, e.getTick().getDay());
                    lastDay = Math.max(lastDay, e.getTick().getDay());
                }
                case INPUT -> inputs.merge(Noun.of(e.getInput()), 1, Integer::sum);
                case ENDED -> ended = true;
                default -> inputs.merge(Noun.OTHER, 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        if (ticks > 0) {
            parts.add(Noun.TICK.count(ticks) + (firstDay == lastDay ? " (day " + firstDay + ")" : " (days " + firstDay + " to " + lastDay + ")"));
        }
        inputs.forEach((kind, n) -> parts.add(kind.count(n)));
        if (ended) {
            parts.add("the session's end");
        }
        return "so are the " + Noun.RECORD.count(after.size()) + " after them: " + String.join(", ", parts);
    }

    /** What a journal's records are, counted. */
    private enum Noun {
        RECORD("whole record", "whole records"),
        TICK("tick", "ticks"),
        CONTROL("change of control", "changes of control"),
        ORDERS("set of orders", "sets of orders"),
        INJECT("injected event", "injected events"),
        FACTS("change of facts", "changes of facts"),
        MESSAGE("message", "messages"),
        PACE("pacing request", "pacing requests"),
        CHANNEL("change of a channel", "changes of channels"),
        OTHER("record of no known kind", "records of no known kind");

        private final String one;
        private final String many;

        Noun(String one, String many) {
            this.one = one;
            this.many = many;
        }

        String count(int n) {
            return n + " " + (n == 1 ? one : many);
        }

        static Noun of(JournalInput in) {
            return switch (in.getKindCase()) {
                case CONTROL -> CONTROL;
                case ORDERS -> ORDERS;
                case INJECT -> INJECT;
                case FACTS -> FACTS;
                case MESSAGE -> MESSAGE;
                case PACE -> PACE;
                case CHANNEL -> CHANNEL;
                default -> OTHER;
            };
        }
    }
}
