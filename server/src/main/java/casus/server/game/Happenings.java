package casus.server.game;

import casus.engine.event.AppealLapsed;
import casus.engine.event.CeasefireBroken;
import casus.engine.event.CeasefireInForce;
import casus.engine.event.DayEnded;
import casus.engine.event.Decided;
import casus.engine.event.EventFired;
import casus.engine.event.FactChanged;
import casus.engine.event.FightingDiedDown;
import casus.engine.event.MotionSettled;
import casus.engine.event.Narrative;
import casus.engine.event.Option;
import casus.engine.event.Origin;
import casus.engine.event.RegimeFell;
import casus.engine.event.RunEvent;
import casus.engine.model.EventDef;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.World;
import casus.v1.Happening;
import casus.v1.Happening.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the engine's events as the protocol's {@link Happening}s: the engine's sentence, and the
 * kind and typed fields that one entry of {@link #TELLERS} fills for each type of event. An
 * event of a type with no entry (one the engine gained since) is told as {@code OTHER} with its
 * sentence, so a new type never breaks a session; giving it a kind of its own is one value of
 * {@code Happening.Kind} and one entry here. Clients show the text of kinds they do not know.
 */
final class Happenings {
    /** Fills a happening's typed fields from one type of event. */
    @FunctionalInterface
    private interface Teller<E extends RunEvent> {
        void tell(World w, E e, Happening.Builder h);
    }

    private record Entry<E extends RunEvent>(Class<E> type, Kind kind, Teller<E> teller) {
        void tell(World w, RunEvent e, Happening.Builder h) {
            teller.tell(w, type.cast(e), h.setKind(kind));
        }
    }

    private static final List<Entry<?>> TELLERS = List.of(
            new Entry<>(EventFired.class, Kind.EVENT_FIRED, Happenings::fired),
            new Entry<>(Decided.class, Kind.DECISION, Happenings::decided),
            new Entry<>(FactChanged.class, Kind.FACT_CHANGED, (w, e, h) -> h.setPath(e.path()).setValue(e.value()).setWas(e.was())),
            new Entry<>(CeasefireBroken.class, Kind.CEASEFIRE_BROKEN,
                    (w, e, h) -> conflict(w, e.conflict(), h.setActor(actor(w.setting(), e.actor())))),
            new Entry<>(MotionSettled.class, Kind.MOTION_SETTLED, Happenings::settled),
            new Entry<>(AppealLapsed.class, Kind.APPEAL_LAPSED,
                    Happenings::lapsed),
            new Entry<>(FightingDiedDown.class, Kind.FIGHTING_DIED_DOWN, (w, e, h) -> conflict(w, e.conflict(), h)),
            new Entry<>(CeasefireInForce.class, Kind.CEASEFIRE_IN_FORCE, Happenings::ceasefire),
            new Entry<>(RegimeFell.class, Kind.REGIME_FELL, (w, e, h) -> h.setActor(actor(w.setting(), e.actor()))),
            new Entry<>(DayEnded.class, Kind.DAY_ENDED, Happenings::dayEnded));

    /** Every type of event the engine has, each with its own kind. */
    static final Happenings ALL = new Happenings(TELLERS);

    private final Map<Class<?>, Entry<?>> byType = new HashMap<>();

    private Happenings(List<Entry<?>> entries) {
        for (Entry<?> e : entries) {
            byType.put(e.type(), e);
        }
    }

    /** The event told as a happening, as the world stands when it happens. */
    Happening of(World w, RunEvent e) {
        Happening.Builder h = Happening.newBuilder().setDay(e.day()).setText(Narrative.sentence(w, e));
        Entry<?> entry = byType.get(e.getClass());
        if (entry == null) {
            h.setKind(Kind.OTHER);
        } else {
            entry.tell(w, e, h);
        }
        return h.build();
    }

    /** The kind a type of event is told as: {@code OTHER} for a type with no entry. */
    Kind kind(Class<? extends RunEvent> type) {
        Entry<?> entry = byType.get(type);
        return entry == null ? Kind.OTHER : entry.kind();
    }

    /** These tellers but for one type's: how an event of a type they do not know is told. */
    Happenings without(Class<? extends RunEvent> type) {
        return new Happenings(byType.values().stream().filter(e -> e.type() != type).toList());
    }

    private static void fired(World w, EventFired f, Happening.Builder h) {
        Setting s = w.setting();
        EventDef e = f.event();
        h.setEventId(e.id()).setInjected(f.injected()).setActor(actor(s, e.actor())).setTarget(actor(s, e.target()));
        for (int k = 0; k < e.regionCount(); k++) {
            h.addRegions(s.regionId(e.region(k)));
        }
    }

    private static void decided(World w, Decided d, Happening.Builder h) {
        Setting s = w.setting();
        h.setActor(s.actorId(d.actor())).setDecision(d.key()).setOrigin(origin(d.origin())).setQuiet(d.quiet());
        Option o = d.chosenOption();
        if (o == null) {
            return;
        }
        h.setOption(o.action().key(s)).setReasons(Narrative.reasons(s, d, d.chosen())).setTarget(actor(s, o.action().target()));
        if (o.action().treaty() >= 0) {
            h.setTreaty(s.treatyId(o.action().treaty()));
        }
        for (int t = 0; t < Term.COUNT; t++) {
            if (o.term(t) != 0) {
                h.addTerms(TermValues.of(Term.of(t), o.term(t), d.weight(t)));
            }
        }
    }

    private static casus.v1.Origin origin(Origin o) {
        return switch (o) {
            case AGENT -> casus.v1.Origin.AGENT;
            case PERSON -> casus.v1.Origin.PERSON;
            case AGENT_FOR_PERSON -> casus.v1.Origin.AGENT_FOR_PERSON;
            case HELD -> casus.v1.Origin.HELD;
        };
    }

    private static void settled(World w, MotionSettled m, Happening.Builder h) {
        Setting s = w.setting();
        h.setTreaty(s.treatyId(m.treaty())).setMotion("M" + m.motion()).setMotionKind(m.kind().name().toLowerCase(Locale.ROOT))
                .setTarget(s.actorId(m.requester())).setPassed(m.passed());
        for (int a = 0; a < m.votes().size(); a++) {
            Happening.Vote.Ballot ballot = ballot(m.votes().get(a));
            if (ballot != null) {
                h.addVotes(Happening.Vote.newBuilder().setMember(s.actorId(a)).setBallot(ballot));
            }
        }
    }

    private static Happening.Vote.Ballot ballot(Motion.Vote v) {
        return switch (v) {
            case YES -> Happening.Vote.Ballot.YES;
            case NO -> Happening.Vote.Ballot.NO;
            case ABSTAIN -> Happening.Vote.Ballot.ABSTAIN;
            case NONE -> null;
        };
    }

    private static void lapsed(World w, AppealLapsed e, Happening.Builder h) {
        Setting s = w.setting();
        h.setActor(actor(s, e.addressee())).setTarget(actor(s, e.requester()));
        if (e.treaty() >= 0) {
            h.setTreaty(s.treatyId(e.treaty()));
        }
    }

    private static void ceasefire(World w, CeasefireInForce c, Happening.Builder h) {
        Setting s = w.setting();
        conflict(w, c.conflict(), h).setActor(actor(s, c.attacker())).setTarget(actor(s, c.defender()))
                .setProposer(actor(s, c.proposer())).setProposal("P" + c.proposal()).setDirect(c.direct())
                .setPeacekeepers(c.peacekeeper() >= 0).setPeacekeeper(actor(s, c.peacekeeper()));
    }

    private static void dayEnded(World w, DayEnded d, Happening.Builder h) {
        Setting s = w.setting();
        h.setKilledToday(d.killedToday()).setKilledInAll(d.killedInAll());
        for (DayEnded.Front f : d.fronts()) {
            h.addFronts(Happening.Front.newBuilder().setConflict(conflict(f.conflict())).setRegion(s.regionId(f.region()))
                    .setAttacker(actor(s, f.attacker())).setAttackerShare(f.attackerShare()));
        }
    }

    /** Names a conflict and its target regions. */
    private static Happening.Builder conflict(World w, int index, Happening.Builder h) {
        Conflict c = w.wars().conflict(index);
        h.setConflict(conflict(index));
        for (int k = 0; k < c.regionCount(); k++) {
            h.addRegions(w.setting().regionId(c.region(k)));
        }
        return h;
    }

    /** An actor's id, or "" for none. */
    private static String actor(Setting s, int a) {
        return a < 0 ? "" : s.actorId(a);
    }

    /** A conflict's id, as indicator paths and decision keys name it. */
    private static String conflict(int c) {
        return "C" + c;
    }
}
