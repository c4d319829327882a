package casus.server.lobby;

/** What a client may call itself: what others see beside the state it plays. */
public final class Names {
    /** The longest name, in characters. */
    static final int MAX = 40;

    private Names() {
    }

    /** Why a name (already stripped) is refused, or null when it is fine. An empty name is fine here: a player needs one. */
    public static String problem(String name) {
        if (name.length() > MAX) {
            return "a name has at most " + MAX + " characters, not " + name.length();
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            int type = Character.getType(ch);
            if (Character.isISOControl(ch) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return "a name may not hold control characters (U+" + String.format("%04X", (int) ch) + " at " + (i + 1) + ")";
            }
        }
        return null;
    }
}
