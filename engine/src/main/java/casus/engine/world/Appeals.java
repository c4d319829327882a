package casus.engine.world;

import casus.engine.model.Ask;
import casus.engine.model.Obligation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The appeals for help made in a run and what was done with them: the motions they tabled in a
 * treaty's council and the votes cast, and the non-combat missions councils sent in answer. Each
 * appeal, motion and mission keeps its place in the order it came (an appeal's or a motion's index
 * is its place); each is dated by the run's day when it is made, and an appeal again when it is
 * answered; a motion's members have not voted until they vote.
 */
public final class Appeals {
    private final int actors;
    private final Calendar calendar;
    private final List<Request> requests = new ArrayList<>();
    private final List<Motion> motions = new ArrayList<>();
    private final List<Mission> missions = new ArrayList<>();
    private final List<Request> requestView = Collections.unmodifiableList(requests);
    private final List<Motion> motionView = Collections.unmodifiableList(motions);
    private final List<Mission> missionView = Collections.unmodifiableList(missions);

    Appeals(int actors, Calendar calendar) {
        this.actors = actors;
        this.calendar = calendar;
    }

    public int requestCount() {
        return requests.size();
    }

    /** Every appeal, in the order it was made. */
    public List<Request> requests() {
        return requestView;
    }

    public Request request(int index) {
        return requests.get(index);
    }

    /**
     * Opens an appeal: to a treaty's council ({@code addressee} -1), to the other party of a
     * bilateral treaty, or to a state outside any treaty ({@code treaty} -1).
     */
    public Request openRequest(int requester, int treaty, int addressee, int article, Obligation obligation, Ask ask, int conflict,
            double clarity, double need) {
        Request q = new Request(requests.size(), requester, treaty, addressee, article, obligation, ask, conflict, calendar.day(),
                clarity, need);
        requests.add(q);
        return q;
    }

    /** An appeal is answered today. */
    public void answer(Request q, Request.Status status) {
        q.status = status;
        q.answeredDay = calendar.day();
    }

    /**
     * The latest appeal an actor made to the same addressee (a treaty, or a state when {@code treaty}
     * is -1) under the same article for the same thing, or null.
     */
    public Request lastAppeal(int actor, int treaty, int addressee, int article, Ask ask) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            Request q = requests.get(i);
            if (q.requester == actor && q.treaty == treaty && q.article == article && q.ask == ask && (treaty >= 0 || q.addressee == addressee)) {
                return q;
            }
        }
        return null;
    }

    /** Whether an actor has an appeal still open with a treaty's council or parties. */
    public boolean appealOpen(int actor, int treaty) {
        for (int i = 0; i < requests.size(); i++) {
            Request q = requests.get(i);
            if (q.requester == actor && q.treaty == treaty && q.open()) {
                return true;
            }
        }
        return false;
    }

    public int motionCount() {
        return motions.size();
    }

    /** Every motion, in the order it was tabled. */
    public List<Motion> motions() {
        return motionView;
    }

    public Motion motion(int index) {
        return motions.get(index);
    }

    /** Tables a motion in a treaty's council today, on an appeal (by its index). */
    public Motion tableMotion(int treaty, int request, Motion.Kind kind) {
        Motion m = new Motion(motions.size(), treaty, request, kind, calendar.day(), actors);
        motions.add(m);
        return m;
    }

    public void castVote(Motion m, int actor, Motion.Vote vote) {
        m.votes[actor] = vote;
    }

    public void closeMotion(Motion m, Motion.Status status) {
        m.status = status;
    }

    public Mission mission(int index) {
        return missions.get(index);
    }

    public int missionCount() {
        return missions.size();
    }

    /** Every mission, in the order it was sent. */
    public List<Mission> missions() {
        return missionView;
    }

    public void sendMission(Mission m) {
        missions.add(m);
    }
}
