package casus.engine.model;

/**
 * What an answered appeal teaches: what the answer showed of the one who gave it, how much such
 * an answer teaches, and how clearly the treaty applied to what it was about. The learning rule during a run and the history
 * of appeals a scenario states before its start both use these, with the model's constants.
 */
public final class Lessons {
    private Lessons() {
    }

    /**
     * What an answer shows of the one who gave it, 0 to 1: what was asked, given, 1; something
     * short of it (a mission, consultations instead of forces) a little; a refusal nothing.
     */
    public static double worth(Answer answer, Setting s) {
        return worth(answer, s.constants);
    }

    static double worth(Answer answer, double[] k) {
        return switch (answer) {
            case HONOURED -> 1.0;
            case PARTIAL -> k[ModelConstant.WORTH_PARTIAL.ordinal()];
            case REFUSED -> 0.0;
        };
    }

    /**
     * How much an answer teaches, as a factor on the rate: a kept promise of talk says little of
     * whether a costly one will be kept; every other answer teaches in full.
     */
    public static double weight(Ask ask, Answer answer, Setting s) {
        return weight(ask, answer, s.constants);
    }

    static double weight(Ask ask, Answer answer, double[] k) {
        return answer == Answer.HONOURED && ask == Ask.CONSULTATIONS ? k[ModelConstant.WORTH_CONSULTATION.ordinal()] : 1.0;
    }

    /** How clearly a treaty applied to an appeal made on a ground. */
    static double clarity(Ground ground, double[] k) {
        return switch (ground) {
            case RECOGNISED_TERRITORY -> 1;
            case UNDEMARCATED_BORDER -> k[ModelConstant.UNDEMARCATED.ordinal()];
            case KIN_TERRITORY -> k[ModelConstant.KIN_CLARITY.ordinal()];
            case GOVERNMENT_UNREST -> k[ModelConstant.CLAIM_CREDENCE.ordinal()];
            case COMMUNAL_STRIFE -> k[ModelConstant.COMMUNAL_PEACEKEEPING.ordinal()];
            case FORCES_ABROAD -> k[ModelConstant.FORCES_ABROAD_CLARITY.ordinal()];
        };
    }

    /**
     * Teaches every holder the lesson of one answered appeal: the one who asked moves its belief in
     * the one it asked toward what the answer was worth at the learning rate, everyone else at the
     * observer rate, both times the clarity of its case (at least the floor); when a council
     * answered, its leader ({@code leader} an actor, or -1) is judged with it at the leader's
     * share, unless the leader itself asked. Nobody learns about itself.
     */
    public static void teach(double[][] belief, int requester, int subject, int leader, double worth, double clarity, Setting s) {
        teach(belief, requester, subject, leader, worth, clarity, s.constants);
    }

    static void teach(double[][] belief, int requester, int subject, int leader, double worth, double clarity, double[] k) {
        double weight = Math.max(k[ModelConstant.LEARNING_CLARITY_FLOOR.ordinal()], clarity);
        for (int h = 0; h < belief.length; h++) {
            double rate = (h == requester ? k[ModelConstant.LEARNING_RATE.ordinal()] : k[ModelConstant.OBSERVER_RATE.ordinal()]) * weight;
            if (h != subject) {
                belief[h][subject] = moved(belief[h][subject], worth, rate);
            }
            if (leader >= 0 && leader != h && leader != requester) {
                belief[h][leader] = moved(belief[h][leader], worth, k[ModelConstant.LEADER_JUDGED_SHARE.ordinal()] * rate);
            }
        }
    }

    /** A belief moved toward what an answer was worth, at a rate. */
    public static double moved(double belief, double toward, double rate) {
        return belief + rate * (toward - belief);
    }
}
