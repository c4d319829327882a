/**
 * A person at a prompt: JLine's line editor with history, editing and completion of commands,
 * session codes, states, options and their arguments; updates printed above the line being typed.
 */
package casus.client.terminal;
