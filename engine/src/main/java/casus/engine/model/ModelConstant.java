package casus.engine.model;

import java.util.Locale;

/**
 * The model's named constants: every number the engine's rules and choices use. Their values,
 * ranges, meanings and the basis of each live in data ({@code model.txtpb}, schema
 * {@code casus.v1.ModelConstants}), not here; this enum only names them, in the file's order, so
 * that the engine reads each as {@code world.k(NAME)}. Studies vary them as {@code model.NAME}.
 */
public enum ModelConstant {
    // choice
    TEMPERATURE,
    PREFERENCE_SPREAD,
    REVIEW_DAYS,
    THREAT_BANDS,
    // scales
    TERRITORY_SCALE,
    HORIZON_DAYS,
    ENGAGEMENT_COST,
    CASUALTY_COST,
    COST_CAP,
    // attack
    ATTACK_HIGH,
    ATTACK_LOW,
    LEGAL_RECLAIM,
    OWN_LAND_SYMPATHY,
    ATTACKER_FRIEND_APPROVAL,
    CEASEFIRE_BREACH,
    // fighting for a side
    ENEMY_FRIEND_DISAPPROVAL,
    SIDE_FRIEND_APPROVAL,
    // appeals
    REBUFF,
    CONSULTATION_BENEFIT,
    APPEAL_STANCE,
    LEGAL_BASIS_FLOOR,
    UNREST_APPEAL_LEVEL,
    THREAT_VALUE_FLOOR,
    // suspension
    SUSPENSION_LEGAL,
    SUSPENSION_REGIME_BASE,
    SUSPENSION_SUPPORT_BASE,
    SUSPENSION_STANCE,
    // answers to appeals
    CONSULT_COST,
    CONSULT_STANCE,
    CONSULT_DISAPPOINTMENT,
    CONSULT_ATTACKER_STANCE,
    PARTIAL_DUTY_SHARE,
    DECLINE_STANCE,
    DECLINE_ATTACKER_APPROVAL,
    DUTY_STAKE_FLOOR,
    UNASKED_DUTY_SHARE,
    // guarding a government
    REGIME_TROOPS,
    REGIME_HELP_STANCE,
    REGIME_RIVAL_STANCE,
    // council votes
    MISSION_SHARE,
    MISSION_VOTE_COST,
    MISSION_VOTE_STANCE,
    MISSION_VOTE_ATTACKER_STANCE,
    VOTE_NO_STANCE,
    VOTE_NO_ATTACKER_APPROVAL,
    ABSTAIN_SHARE,
    REQUIRED_SHARE,
    CONTINGENT_SHARE,
    // mediation
    BROKER_PRESTIGE,
    GUARANTOR_PRESTIGE,
    SALIENCE_FLOOR,
    MEDIATION_LEGAL,
    MEDIATION_COST,
    MEDIATION_STANCE,
    PEACEKEEPING_FORCE,
    PEACEKEEPING_CAPACITY,
    MEDIATOR_LEANING,
    MEDIATOR_TIES,
    // arms and statements
    ARMS_COST,
    ARMS_ESCALATION_SHARE,
    ARMS_LEGAL,
    ARMS_STANCE,
    ARMS_BOOST,
    ARMS_ALIGNMENT,
    SUPPORT_STANCE,
    SUPPORT_ATTACKER_STANCE,
    SUPPORT_DUTY_SHARE,
    CONDEMN_STANCE,
    CONDEMN_VICTIM_STANCE,
    CONDEMN_LEGAL,
    SUPPORT_ALIGNMENT,
    CONDEMN_ALIGNMENT,
    // realignment
    REALIGN_STANCE,
    REALIGN_LEADER_STANCE,
    REALIGN_DUTY,
    REALIGN_BELIEF,
    REALIGN_INTERDEPENDENCE,
    REALIGN_ALIGNMENT_LIMIT,
    REALIGN_STEP,
    REALIGN_LEADER_COOLING,
    // ceasefires
    CEASEFIRE_LEGAL,
    PROPOSER_STANCE,
    PEACEKEEPER_PROTECTION,
    PROPOSAL_DAYS,
    // who stands by whom
    RED_LINE_RESOLVE,
    PARTNER_ALIGNMENT,
    PARTNER_RESOLVE,
    // the legal trigger
    KIN_CLARITY,
    KIN_CONSULTATION,
    ARMED_ATTACK_FLOOR,
    UNDEMARCATED,
    UNREST_CONSULTATION_SCALE,
    // forces
    ADVANCE_KM2,
    TERRAIN_BONUS,
    INTERVENTION_SHARE,
    HOLDING_SHARE,
    BROKEN_DEFENCE_RATIO,
    // combat
    LETHALITY,
    ATTRITION,
    ATTRITION_CAP,
    LUCK,
    SEVERITY_DEATHS,
    SEVERITY_AREA,
    LAUNCH_SEVERITY,
    DORMANT_AFTER,
    GAIN_THRESHOLD_KM2,
    // answers and learning
    ANSWER_DAYS,
    LEARNING_RATE,
    OBSERVER_RATE,
    SILENCE_RATE,
    SILENCE_AFTER,
    SILENCE_WINDOW,
    WORTH_CONSULTATION,
    WORTH_PARTIAL,
    LEARNING_CLARITY_FLOOR,
    LEADER_JUDGED_SHARE,
    // domestic stability
    UNREST_EROSION,
    UNREST_DECAY,
    COLLAPSE,
    DEFEAT_SHOCK,
    RECOVERY,
    UNREST_LUCK,
    UNREST_FLOOR,
    // threat
    THREAT_FIGHTING,
    THREAT_LOSS,
    THREAT_SEVERITY;

    private static final ModelConstant[] ALL = values();
    /** How many constants there are: the length of every array of their values. */
    public static final int COUNT = ALL.length;

    /** Its name in the data file and in parameter paths, for example {@code territory_scale}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModelConstant of(int ordinal) {
        return ALL[ordinal];
    }

    /** The constant with this key, or null. */
    public static ModelConstant byKey(String key) {
        for (ModelConstant c : ALL) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        return null;
    }
}
