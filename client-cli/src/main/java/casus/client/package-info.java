/**
 * The terminal client: connects to a Casus server over the casus.v1 protocol, joins a session,
 * takes over a state and plays it.
 */
package casus.client;
