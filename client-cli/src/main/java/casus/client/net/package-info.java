/**
 * The client's side of the casus.v1 protocol over TCP: length-delimited frames with a bounded
 * decoder, one connection with its requests matched to their replies, and the greeting,
 * keep-alive and resumption after a dropped connection.
 */
package casus.client.net;
