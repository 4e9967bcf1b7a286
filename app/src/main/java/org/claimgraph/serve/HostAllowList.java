package org.claimgraph.serve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host names a request may address in its {@code Host} header. A page on another site can
 * point its own domain at 127.0.0.1 (DNS rebinding) and then read the answers as same-origin; its
 * requests still say {@code Host: evil.example}, so only the names this server is known by pass:
 * the loopback names {@code localhost}, {@code 127.0.0.1} and {@code [::1]} (with or without a
 * port), and any given with {@code serve --allow-host}.
 *
 * <pre>{@code
 * HostAllowList hosts = HostAllowList.loopback(List.of());
 * hosts.allows("127.0.0.1:3030");    // true
 * hosts.allows("evil.example:3030"); // false
 * }</pre>
 */
final class HostAllowList {

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  private final Set<String> names;
  private final boolean any;

  private HostAllowList(Set<String> names, boolean any) {
    this.names = names;
    this.any = any;
  }

  /** The loopback names and {@code extra}. */
  static HostAllowList loopback(List<String> extra) {
    Set<String> names = new LinkedHashSet<>(LOOPBACK);
    for (String e : extra) names.add(e.toLowerCase(Locale.ROOT));
    return new HostAllowList(names, false);
  }

  /** Every host (a server on every interface without --allow-host); ingest still needs a loopback name. */
  static HostAllowList any() {
    return new HostAllowList(LOOPBACK, true);
  }

  /** Whether a request with this Host header may be answered. */
  boolean allows(String hostHeader) {
    return any || names.contains(name(hostHeader));
  }

  /** Whether this Host header is a loopback name (what ingest needs, whatever else is allowed). */
  boolean allowsLoopbackName(String hostHeader) {
    return LOOPBACK.contains(name(hostHeader));
  }

  /** The host part of a Host header, lower case, without the port: {@code "[::1]:3030"} → {@code "[::1]"}. */
  static String name(String hostHeader) {
    if (hostHeader == null) return "";
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    int colon = h.startsWith("[") ? h.indexOf(':', h.indexOf(']')) : h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
