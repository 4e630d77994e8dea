import "server-only";
import { isIP } from "node:net";

/**
 * The address the outermost trusted proxy was called from, read from X-Forwarded-For: each of the
 * `trustedProxyHops` proxies appends the address it saw, so it is the N-th entry from the right, and everything to its
 * left is whatever the client sent. Null when no proxy is trusted, when that entry is no IP address, or when the header
 * has fewer entries than trusted proxies: the request did not pass them all, so no entry in it can be believed.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxyHops: number): string | null {
  if (trustedProxyHops < 1 || !forwardedFor) return null;
  const entries = forwardedFor.split(",").map((entry) => entry.trim());
  if (entries.length < trustedProxyHops) return null;
  return ipAddress(entries[entries.length - trustedProxyHops]!);
}

/**
 * The network a sign-in budget counts: an IPv4 address as is, an IPv6 address by its /64, since one home or office
 * line is given a whole /64 and its devices pick new addresses in it at will.
 */
export function networkOf(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${ipv6Groups(address).slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
}

/** An entry as a bare IP address (a port, brackets and a zone dropped; an IPv4 address in IPv6 clothes unwrapped), else null. */
function ipAddress(entry: string): string | null {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  const address = (bracketed?.[1] ?? withPort?.[1] ?? entry).replace(/%.*$/, "").toLowerCase();
  const kind = isIP(address);
  if (kind !== 6) return kind === 4 ? address : null;
  const groups = ipv6Groups(address);
  const mappedIpv4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  return mappedIpv4 ? [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".") : address;
}

/** The eight 16-bit groups of a valid IPv6 address, `::` filled with zeros and a dotted IPv4 tail as two groups. */
function ipv6Groups(address: string): number[] {
  const groupsOf = (half: string) =>
    half === ""
      ? []
      : half.split(":").flatMap((part) => {
          if (!part.includes(".")) return [parseInt(part, 16)];
          const [a, b, c, d] = part.split(".").map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head = "", tail] = address.split("::");
  if (tail === undefined) return groupsOf(head);
  const [front, back] = [groupsOf(head), groupsOf(tail)];
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}
