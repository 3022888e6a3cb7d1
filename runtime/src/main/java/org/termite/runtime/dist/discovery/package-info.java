/**
 * Finding the other nodes of a system without being told their addresses: authenticated UDP beacons on the local
 * network (multicast, or broadcast), a static list of seed addresses, and DNS names that resolve to several
 * addresses. What lives here only produces candidate addresses and defends itself against hostile datagrams
 * (proofs, replay window, rate limits, one complaint per sender); connecting to the candidates and telling who is up
 * belongs to {@code org.termite.runtime.dist}, which uses this package. This package uses the JDK only.
 */
package org.termite.runtime.dist.discovery;
