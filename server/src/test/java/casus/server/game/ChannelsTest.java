package casus.server.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.journal.Journal;
import casus.server.journal.SessionReplay;
import casus.server.testing.Journals;
import casus.v1.AbsentPolicy;
import casus.v1.ChannelInput;
import casus.v1.JournalEntry;
import casus.v1.JournalInput;
import casus.v1.JournalOpened;
import casus.v1.JournalTick;
import casus.v1.MessageDelivered;
import casus.v1.SessionRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelsTest {
    private static final JournalOpened BORDER = Journals.opened("border-2022", 5, AbsentPolicy.HOLD);

    @TempDir
    Path dir;

    private static Game game() {
        return Game.open(BORDER, new PrintWriter(new StringWriter()), true, 7);
    }

    @Test
    void every_treaty_has_a_channel_of_its_members_from_the_start() {
        Channels c = game().channels();
        assertEquals(List.of("CSTO", "RA-1997", "SHUSHA", "RA-2022"), c.all().stream().map(Channels.Channel::name).toList());
        Channels.Channel csto = c.find("csto");
        assertEquals("CSTO", csto.treaty());
        assertEquals(List.of("ARM", "RUS", "KAZ", "BLR", "KGZ", "TJK"), c.info(csto).getStatesList());
        assertFalse(csto.facilitator());
        assertEquals("ARM, RUS, KAZ, BLR, KGZ and TJK", c.members(csto));
    }

    @Test
    void facilitator_creates_changes_and_closes_a_channel() {
        Game g = game();
        g.apply(channel("create", "white-cell", List.of("ARM", "AZE"), List.of(), true));
        Channels.Channel w = g.channels().find("WHITE-CELL");
        assertEquals("ARM, AZE and the facilitator", g.channels().members(w));
        g.apply(JournalInput.newBuilder().setChannel(ChannelInput.newBuilder().setKind("change").setName("white-cell")
                .addStates("TUR").addRemoved("ARM").setFacilitatorChanged(true).setFacilitator(false)).build());
        assertEquals("AZE and TUR", g.channels().members(w));
        assertFalse(w.member(g.actor("ARM")));
        g.apply(channel("close", "white-cell", List.of(), List.of(), false));
        assertTrue(w.closed());
        assertThrows(IllegalArgumentException.class, () -> g.apply(channel("create", "White-Cell", List.of("ARM"), List.of(), false)),
                "a journal that creates a channel twice is broken");
    }

    @Test
    void channel_messages_are_kept_in_its_history_and_not_in_the_public_update() {
        Game g = game();
        g.apply(message("CSTO", "ARM", "we ask for help"));
        g.apply(message("", "RUS", "a public statement"));
        assertEquals(1, g.channels().find("CSTO").history().size());
        TickResult r = g.tick();
        assertEquals(List.of("a public statement"), r.publicView().getMessagesList().stream().map(MessageDelivered::getText).toList());
        assertEquals(2, r.facilitatorView().getMessagesCount(), "the facilitator's update carries every message");
    }

    @Test
    void journal_replay_gives_the_same_channels_and_the_record_lists_them() {
        Path file = dir.resolve("journal.casus");
        Game live = game();
        try (Journal j = Journal.create(file, JournalEntry.newBuilder().setOpened(BORDER).build())) {
            for (JournalInput in : List.of(channel("create", "white-cell", List.of("ARM", "AZE"), List.of(), true),
                    message("white-cell", "", "a ceasefire line is on the table"), message("CSTO", "ARM", "we ask for help"))) {
                j.append(JournalEntry.newBuilder().setInput(in).build());
                live.apply(in);
            }
            TickResult r = live.tick();
            j.append(JournalEntry.newBuilder().setTick(JournalTick.newBuilder().setDay(r.day()).setDigest(r.digest())).build());
            JournalInput close = channel("close", "white-cell", List.of(), List.of(), false);
            j.append(JournalEntry.newBuilder().setInput(close).build());
            live.apply(close);
        }
        Game replayed = SessionReplay.replay(file, new PrintWriter(new StringWriter()), true, 7).game();
        assertEquals(live.channels().all().stream().map(live.channels()::info).toList(),
                replayed.channels().all().stream().map(replayed.channels()::info).toList());
        assertEquals(live.channels().find("white-cell").history(), replayed.channels().find("white-cell").history());
        SessionRecord record = replayed.record();
        assertEquals(5, record.getChannelsCount());
        assertTrue(record.getChannels(4).getClosed());
        assertEquals(List.of("CSTO", "white-cell"), record.getMessagesList().stream().map(MessageDelivered::getChannel).sorted().toList());
        assertTrue(record.getFacilitationList().stream().anyMatch(f -> f.getText().equals("created channel white-cell: ARM, AZE and the facilitator")));
    }

    private static JournalInput channel(String kind, String name, List<String> states, List<String> removed, boolean facilitator) {
        return JournalInput.newBuilder().setChannel(ChannelInput.newBuilder().setKind(kind).setName(name).addAllStates(states)
                .addAllRemoved(removed).setFacilitator(facilitator)).build();
    }

    private static JournalInput message(String channel, String from, String text) {
        return JournalInput.newBuilder().setMessage(MessageDelivered.newBuilder().setSessionId("s-test").setChannel(channel)
                .setFromState(from).setFromName("someone").setText(text)).build();
    }
}
