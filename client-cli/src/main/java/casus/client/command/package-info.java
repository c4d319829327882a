/**
 * The client's commands, one class per verb, each a picocli command that prints through its own
 * writer. They ask the server through the {@link casus.client.net.Remote}, read and update the
 * {@link casus.client.view.SessionView}, and refuse with a typed exception.
 */
package casus.client.command;
