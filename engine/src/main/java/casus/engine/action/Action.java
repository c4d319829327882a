package casus.engine.action;

import casus.engine.model.ModelConstant;
import casus.engine.model.Setting;
import java.util.Locale;

/**
 * One option of a decision, as a value. {@code ref} names what the option is about: a conflict
 * for attacks, interventions and mediation, a request for answers, a motion for votes, a proposal
 * for ceasefire answers. Unused fields are -1.
 */
public record Action(ActionKind kind, ChoiceKind choice, int actor, int target, int ref, int treaty, int article, double level) {

    /**
     * A stable key naming the option among the actor's options of the day, for example
     * {@code attack:C0:high}, {@code vote-no:M1}, {@code request:CSTO:Art.4}.
     */
    public String key(Setting s) {
        return switch (kind) {
            case ATTACK -> "attack:C" + ref + ":" + (level >= s.k(ModelConstant.ATTACK_HIGH) ? "high" : "low");
            case HOLD -> "hold";
            case INTERVENE, MEDIATE, MEDIATE_WITH_PEACEKEEPERS -> kind.verb() + ":C" + ref;
            case REQUEST -> "request:" + s.treatyId(treaty) + ":" + s.articles(treaty).get(article).id();
            case SUSPEND -> "suspend:" + s.treatyId(treaty);
            case HONOUR, CONSULT, DECLINE -> kind.verb() + ":R" + ref;
            case VOTE_YES, VOTE_NO, VOTE_ABSTAIN -> kind.verb() + ":M" + ref;
            case ARM, STATEMENT_SUPPORT, STATEMENT_CONDEMN, REALIGN -> kind.verb() + ":" + s.actorId(target);
            case ACCEPT, REJECT -> kind.verb() + ":P" + ref;
            case PASS -> "pass:" + choice.name().toLowerCase(Locale.ROOT) + (treaty >= 0 ? ":" + s.treatyId(treaty) : "");
        };
    }

    /** True when the option changes nothing. */
    public boolean quiet() {
        return kind.quiet();
    }
}
