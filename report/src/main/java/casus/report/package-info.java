/**
 * The after-action report of a session: from its {@link casus.v1.SessionRecord} (exported live
 * by the facilitator, or rebuilt offline from the journal), a Markdown report with the timeline,
 * every decision and its reasons, the agent's advice beside each human decision, the players and
 * the messages; a CSV of the indicators per day; PNG charts of escalation, territory held and
 * beliefs in allies. Depends on the protocol and the chart library only.
 */
package casus.report;
