/**
 * A client at play: its connection, the view the server's pushes keep current, the commands, and
 * the two ways of driving them, a script and (in {@code casus.client.terminal}) a person at a
 * prompt.
 */
package casus.client.play;
