package casus.load;

import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The few fields of a tick update the generator measures, read straight from the frame without
 * building the whole message, so that measuring a thousand clients costs little CPU beside the
 * server it measures.
 *
 * @param day the day played
 * @param due when the tick was due, microseconds since the epoch
 * @param started when it started
 * @param sent when the server handed the update to the network
 * @param last whether it was the scenario's last day
 */
record TickSeen(int day, long due, long started, long sent, boolean last) {
    /** ServerMessage.tick_update. */
    private static final int TICK_UPDATE = 60;
    /** ServerMessage.request_id. */
    private static final int REQUEST_ID = 1;

    /**
     * The tick update a push carries in JSON, or null when it is anything else. JsonFormat prints
     * fields in their numbers' order and leaves out defaults (a push has no request id); the
     * update's own date is its first, and its day is read from it (days since the epoch, enough
     * to see one missed).
     */
    static TickSeen readJson(String json) {
        if (!json.startsWith("{\"tickUpdate\":{")) {
            return null;
        }
        String date = string(json, "\"date\":\"");
        int timing = json.indexOf("\"timing\":{");
        if (date == null || timing < 0) {
            return null;
        }
        String t = json.substring(timing);
        return new TickSeen((int) java.time.LocalDate.parse(date).toEpochDay(), number(t, "\"dueUnixMicros\":\""),
                number(t, "\"startedUnixMicros\":\""), number(t, "\"sentUnixMicros\":\""), json.contains("\"last\":true"));
    }

    private static String string(String json, String key) {
        int at = json.indexOf(key);
        if (at < 0) {
            return null;
        }
        int from = at + key.length();
        return json.substring(from, json.indexOf('"', from));
    }

    private static long number(String json, String key) {
        String s = string(json, key);
        return s == null ? 0 : Long.parseLong(s);
    }

    /** The tick update a push frame carries, or null when the frame is anything else. */
    static TickSeen read(ByteBuffer frame) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(frame);
        TickSeen seen = null;
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            int field = tag >>> 3;
            if (field == REQUEST_ID) {
                if (in.readUInt64() != 0) {
                    return null;
                }
            } else if (field == TICK_UPDATE) {
                int limit = in.pushLimit(in.readRawVarint32());
                seen = update(in);
                in.popLimit(limit);
            } else {
                return null;
            }
        }
        return seen;
    }

    private static TickSeen update(CodedInputStream in) throws IOException {
        int day = 0;
        long due = 0;
        long started = 0;
        long sent = 0;
        boolean last = false;
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (tag >>> 3) {
                case 2 -> day = in.readInt32();
                case 11 -> last = in.readBool();
                case 10 -> {
                    int limit = in.pushLimit(in.readRawVarint32());
                    while (!in.isAtEnd()) {
                        int t = in.readTag();
                        switch (t >>> 3) {
                            case 1 -> due = in.readInt64();
                            case 2 -> started = in.readInt64();
                            case 3 -> sent = in.readInt64();
                            default -> in.skipField(t);
                        }
                    }
                    in.popLimit(limit);
                }
                default -> in.skipField(tag);
            }
        }
        return new TickSeen(day, due, started, sent, last);
    }
}
