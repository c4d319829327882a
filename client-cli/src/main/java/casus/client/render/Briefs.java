package casus.client.render;

import casus.v1.Briefing;
import casus.v1.Commitment;
import java.util.ArrayList;
import java.util.List;

/** What a briefing says in its own words, read back. */
final class Briefs {
    private static final String MEMBER = "member of ";

    private Briefs() {
    }

    /** The treaties the briefed state is a member of: its "treaty" commitments say "member of ID (...)". */
    static List<String> treaties(Briefing b) {
        List<String> out = new ArrayList<>();
        if (b == null) {
            return out;
        }
        for (Commitment c : b.getCommitmentsList()) {
            String t = c.getText();
            if (c.getKind().equals("treaty") && t.startsWith(MEMBER)) {
                int end = t.indexOf(' ', MEMBER.length());
                out.add(end < 0 ? t.substring(MEMBER.length()) : t.substring(MEMBER.length(), end));
            }
        }
        return out;
    }
}
