package casus.engine.action;

import casus.engine.model.Ask;
import casus.engine.model.ModelConstant;
import casus.engine.model.Packages;
import casus.engine.model.Setting;
import java.util.Locale;

/**
 * One option of a decision, as a value. {@code ref} names what the option is about: a conflict
 * for attacks, interventions, fire and mediation, a request for answers, a motion for votes, a
 * proposal for ceasefire answers; for an appeal, the conflict it is about (-1: the crisis at
 * home). {@code target} is the actor it is aimed at (the state appealed to outside any treaty).
 * {@code variant} is what an appeal asks for ({@link Ask} ordinal) or which settlement package a
 * mediator proposes ({@link Packages}). Unused fields are -1.
 */
public record Action(ActionKind kind, ChoiceKind choice, int actor, int target, int ref, int treaty, int article, double level, int variant) {

    /**
     * A stable key naming the option among the actor's options of the day, for example
     * {@code attack:C0:high}, {@code vote-no:M1}, {@code request:CSTO:Art.4}.
     */
    public String key(Setting s) {
        return switch (kind) {
            case ATTACK -> "attack:C" + ref + ":" + (level >= s.k(ModelConstant.ATTACK_HIGH) ? "high" : "low");
            case HOLD, CRACK_DOWN, CONCEDE, RESIGN -> kind.verb();
            case INTERVENE, FIRE_BACK -> kind.verb() + ":C" + ref;
            case MEDIATE -> "mediate:C" + ref + ":" + Packages.id(s, variant);
            case REQUEST -> "request:" + (treaty >= 0 ? s.treatyId(treaty) + (article >= 0 ? ":" + s.articles(treaty).get(article).id() : "")
                    : s.actorId(target)) + ":" + ask().key();
            case SUSPEND -> "suspend:" + s.treatyId(treaty);
            case HONOUR, DEFEND, RESERVE, RESCUE, CONSULT, DECLINE -> kind.verb() + ":R" + ref;
            case VOTE_YES, VOTE_NO, VOTE_ABSTAIN -> kind.verb() + ":M" + ref;
            case ARM, STATEMENT_SUPPORT, STATEMENT_CONDEMN, REALIGN, BACK -> kind.verb() + ":" + s.actorId(target);
            case ACCEPT, REJECT -> kind.verb() + ":P" + ref;
            case PASS -> "pass:" + choice.name().toLowerCase(Locale.ROOT) + (treaty >= 0 ? ":" + s.treatyId(treaty) : "");
        };
    }

    /** What an appeal asks for; only for {@link ActionKind#REQUEST}. */
    public Ask ask() {
        return Ask.of(variant);
    }

    /** True when the option changes nothing. */
    public boolean quiet() {
        return kind.quiet();
    }
}
