package casus.engine.world;

import casus.engine.model.Obligation;

/** A member's appeal to a treaty under one of its articles. */
public final class Request {
    /** Where an appeal stands. */
    public enum Status {
        OPEN,
        /** The obligation was met in full: forces sent, or consultations held. */
        HONOURED,
        /** Something short of what was asked: a mission of observers or fact-finders. */
        PARTIAL,
        REFUSED
    }

    final int index;
    final int requester;
    final int treaty;
    final int article;
    final Obligation obligation;
    final int conflict;
    final int day;
    final double clarity;
    Status status = Status.OPEN;
    int answeredDay = -1;

    Request(int index, int requester, int treaty, int article, Obligation obligation, int conflict, int day, double clarity) {
        this.index = index;
        this.requester = requester;
        this.treaty = treaty;
        this.article = article;
        this.obligation = obligation;
        this.conflict = conflict;
        this.day = day;
        this.clarity = clarity;
    }

    public int index() {
        return index;
    }

    public int requester() {
        return requester;
    }

    public int treaty() {
        return treaty;
    }

    /** Index of the article in the treaty's list. */
    public int article() {
        return article;
    }

    public Obligation obligation() {
        return obligation;
    }

    /** The conflict the appeal is about, or -1 for a threat to the regime. */
    public int conflict() {
        return conflict;
    }

    public int day() {
        return day;
    }

    /** How clear the casus foederis was when the appeal was made. */
    public double clarity() {
        return clarity;
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
