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
    PROTECTION_DUTY,
    FORCES_AT_RISK_DUTY,
    ACCEPTANCE_BREACH,
    FIRE_BACK_DEFENCE,
    SELF_DEFENCE_LEGAL,
    RETALIATION_RALLY,
    // appeals
    REBUFF,
    CONSULTATION_BENEFIT,
    APPEAL_STANCE,
    LEGAL_BASIS_FLOOR,
    UNREST_APPEAL_LEVEL,
    THREAT_VALUE_FLOOR,
    APPEAL_COST,
    FRIENDSHIP_BASIS,
    DEFENSIVE_BENEFIT,
    RESCUE_BENEFIT,
    SOVEREIGNTY_COST,
    OUTSIDE_APPEAL_STANCE,
    APPEAL_FRIEND_ALIGNMENT,
    OUTSIDE_APPEAL_PARTNERS,
    REAPPEAL_NEED_RISE,
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
    DEFEND_STANCE,
    DEFENSIVE_COST,
    DEFENSIVE_DUTY_SHARE,
    TRIPWIRE_EXPOSURE,
    TRIPWIRE_TROOPS,
    CONSENT_LEGAL,
    RESERVE_COST,
    RESERVE_DUTY_SHARE,
    RESERVE_REGIME,
    RESERVE_LOYALTY,
    RESCUE_COST,
    RESCUE_REGIME,
    RESCUE_STANCE,
    RESCUE_STABILITY,
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
    MEDIATOR_LEANING,
    MEDIATOR_TIES,
    TERMS_STANCE,
    STATUS_OPEN_COST,
    STATUS_OPEN_VALUE,
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
    BACK_REGIME,
    BACK_STANCE,
    BACK_ALIGNMENT,
    BACK_STABILITY,
    RECOGNITION_ILLEGALITY,
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
    OCCUPATION_CONSENT,
    PROPOSER_STANCE,
    PEACEKEEPER_PROTECTION,
    PROPOSAL_DAYS,
    // who stands by whom
    RED_LINE_RESOLVE,
    PARTNER_ALIGNMENT,
    PARTNER_RESOLVE,
    PROTECTION_RESOLVE,
    BASE_TRIPWIRE,
    // the legal trigger
    KIN_CLARITY,
    KIN_CONSULTATION,
    ARMED_ATTACK_FLOOR,
    UNDEMARCATED,
    UNREST_CONSULTATION_SCALE,
    CLAIM_CREDENCE,
    FORCES_ABROAD_CLARITY,
    INTRA_ALLIANCE_CLARITY,
    COMMUNAL_CONSULTATION,
    COMMUNAL_PEACEKEEPING,
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
    AIR_DEFENCE_SHIELD,
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
    SECURITY_NEED,
    PROTEST_NEED,
    STRIKE_NEED,
    INSURGENCY_NEED,
    PROTEST_REPRESSION,
    STRIKE_REPRESSION,
    INSURGENCY_REPRESSION,
    ARMY_POLICING,
    BACKLASH,
    DEFECTION_RATE,
    UNREST_FATIGUE,
    LOYALTY_COLLAPSE,
    LOYALTY_EROSION,
    LOYALTY_STABILITY_LINE,
    COMMUNAL_LETHALITY,
    COMMUNAL_BURNOUT,
    COMMUNAL_EROSION,
    // threat
    THREAT_FIGHTING,
    THREAT_LOSS,
    THREAT_SEVERITY,
    // a government's answer at home
    REPRESSION_GAIN,
    DEFECTION_FEAR,
    REPRESSION_ILLEGALITY,
    CRACKDOWN_COST,
    CRACKDOWN_STANCE,
    CONCESSION_EFFECT,
    CONCESSION_COST,
    RIOT_CONCESSION,
    RESIGNATION_RELIEF,
    RESIGNATION_COST,
    RESIGNATION_CALM;

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
