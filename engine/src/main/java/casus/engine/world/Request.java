package casus.engine.world;

import casus.engine.model.Ask;
import casus.engine.model.Obligation;

/**
 * An appeal for help: to a treaty's council, to the other party of a bilateral treaty, or to any
 * state outside a treaty. It asks for something ({@link Ask}) about a crisis: a conflict, or the
 * appellant's own crisis at home (unrest, violence between communities).
 */
public final class Request {
    /** Where an appeal stands. */
    public enum Status {
        OPEN,
        /** What was asked for, given: forces sent, consultations held, the money lent. */
        HONOURED,
        /** Something short of it: a mission, observers, consultations instead of forces. */
        PARTIAL,
        REFUSED
    }

    final int index;
    final int requester;
    final int treaty;
    final int addressee;
    final int article;
    final Obligation obligation;
    final Ask ask;
    final int conflict;
    final int day;
    final double clarity;
    final double need;
    Status status = Status.OPEN;
    int answeredDay = -1;

    Request(int index, int requester, int treaty, int addressee, int article, Obligation obligation, Ask ask, int conflict, int day,
            double clarity, double need) {
        this.index = index;
        this.requester = requester;
        this.treaty = treaty;
        this.addressee = addressee;
        this.article = article;
        this.obligation = obligation;
        this.ask = ask;
        this.conflict = conflict;
        this.day = day;
        this.clarity = clarity;
        this.need = need;
    }

    public int index() {
        return index;
    }

    public int requester() {
        return requester;
    }

    /** The treaty appealed to or under, or -1 for an appeal outside any treaty. */
    public int treaty() {
        return treaty;
    }

    /** The state asked to answer: the other party of a bilateral treaty, a state outside any treaty; -1 for a council. */
    public int addressee() {
        return addressee;
    }

    /** True when a council decides the answer by vote. */
    public boolean toCouncil() {
        return addressee < 0;
    }

    /** Index of the article in the treaty's list, or -1. */
    public int article() {
        return article;
    }

    public Obligation obligation() {
        return obligation;
    }

    public Ask ask() {
        return ask;
    }

    /** The conflict the appeal is about, or -1 for the appellant's crisis at home. */
    public int conflict() {
        return conflict;
    }

    public int day() {
        return day;
    }

    /** How clearly the treaty applied when the appeal was made. */
    public double clarity() {
        return clarity;
    }

    /** How badly the appellant needed help when it asked, 0 to 1. */
    public double need() {
        return need;
    }

    public Status status() {
        return status;
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public int answeredDay() {
        return answeredDay;
    }
}
