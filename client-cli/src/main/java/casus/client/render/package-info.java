/**
 * How the client shows things: the status dashboard, the action list with the agent's advice,
 * the live updates and the chronicle, in aligned plain-text tables with colour where the
 * terminal has it.
 */
package casus.client.render;
