package casus.server.lobby;

import casus.v1.ClientMessage;

/** The session a request names. */
final class SessionIds {
    private SessionIds() {
    }

    /** The session id of a session request; "" for a request that names none. */
    static String of(ClientMessage m) {
        return switch (m.getKindCase()) {
            case LEAVE_SESSION -> m.getLeaveSession().getSessionId();
            case WHO_CONTROLS -> m.getWhoControls().getSessionId();
            case TAKE_CONTROL -> m.getTakeControl().getSessionId();
            case RELEASE_CONTROL -> m.getReleaseControl().getSessionId();
            case LIST_ACTIONS -> m.getListActions().getSessionId();
            case SUBMIT_ACTIONS -> m.getSubmitActions().getSessionId();
            case SEND_MESSAGE -> m.getSendMessage().getSessionId();
            case LIST_CHANNELS -> m.getListChannels().getSessionId();
            case READ_CHANNEL -> m.getReadChannel().getSessionId();
            case CREATE_CHANNEL -> m.getCreateChannel().getSessionId();
            case CHANGE_CHANNEL -> m.getChangeChannel().getSessionId();
            case START_SESSION -> m.getStartSession().getSessionId();
            case PAUSE_SESSION -> m.getPauseSession().getSessionId();
            case RESUME_SESSION -> m.getResumeSession().getSessionId();
            case STEP_SESSION -> m.getStepSession().getSessionId();
            case SET_TICK_LENGTH -> m.getSetTickLength().getSessionId();
            case INJECT_EVENT -> m.getInjectEvent().getSessionId();
            case CHANGE_FACTS -> m.getChangeFacts().getSessionId();
            case REVOKE_CONTROL -> m.getRevokeControl().getSessionId();
            case END_SESSION -> m.getEndSession().getSessionId();
            case EXPORT_RECORD -> m.getExportRecord().getSessionId();
            case RECLAIM_SEAT -> m.getReclaimSeat().getJoinCode();
            case HAND_SEAT -> m.getHandSeat().getSessionId();
            case SET_SEAT_AWAY -> m.getSetSeatAway().getSessionId();
            default -> "";
        };
    }
}
