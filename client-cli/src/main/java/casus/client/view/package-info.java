/**
 * What the client knows of the session it has joined: the situation as the server last told it,
 * kept current by the tick updates and notices it pushes, and what the player was told of its
 * state. Written by the connection's thread, read by the commands and the completion.
 */
package casus.client.view;
