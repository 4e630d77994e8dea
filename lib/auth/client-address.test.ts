import { describe, expect, it } from "vitest";
import { clientAddress, networkOf } from "./client-address";

describe("the client's address from X-Forwarded-For", () => {
  it("trusts no entry when no proxy is trusted, whatever the client sends", () => {
    expect(clientAddress("203.0.113.7", 0)).toBeNull();
    expect(clientAddress("198.51.100.1, 203.0.113.7", 0)).toBeNull();
  });

  it("behind one proxy, takes the entry it appended, the last, and ignores what the client put before it", () => {
    expect(clientAddress("203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("10.9.9.9, 198.51.100.1, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("behind two proxies, takes the second from the right: the last is the first proxy's own address", () => {
    expect(clientAddress("203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddress("1.1.1.1, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("trusts nothing in a header shorter than the proxies it should have passed (sent past them, or forged)", () => {
    expect(clientAddress("203.0.113.7", 2)).toBeNull();
    expect(clientAddress("203.0.113.7, 10.0.0.2", 3)).toBeNull();
  });

  it("reads entries with or without spaces around the commas", () => {
    expect(clientAddress("198.51.100.1,203.0.113.7,10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddress("  198.51.100.1 ,   203.0.113.7  ,10.0.0.2 ", 2)).toBe("203.0.113.7");
  });

  it("reads IPv6 addresses, bare or bracketed with a port, in lower case", () => {
    expect(clientAddress("203.0.113.7, 2001:DB8::1", 1)).toBe("2001:db8::1");
    expect(clientAddress("[2001:db8::1]:443, 10.0.0.2", 2)).toBe("2001:db8::1");
    expect(clientAddress("::ffff:203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7:51234", 1)).toBe("203.0.113.7");
  });

  it("unwraps an IPv4 address in IPv6 clothes however it is written, so two such clients are two networks", () => {
    for (const written of ["::ffff:cb00:7107", "::FFFF:CB00:7107", "0:0:0:0:0:ffff:203.0.113.7", "[::ffff:cb00:7107]:443", "0000:0000:0000:0000:0000:ffff:cb00:7107"]) {
      expect(clientAddress(written, 1)).toBe("203.0.113.7");
    }
    expect(networkOf(clientAddress("::ffff:cb00:7108", 1)!)).not.toBe(networkOf(clientAddress("::ffff:cb00:7107", 1)!));
    expect(clientAddress("64:ff9b::cb00:7107", 1)).toBe("64:ff9b::cb00:7107"); // a translated address is not unwrapped
  });

  it("knows no client from an empty header, an empty entry, or an entry that is no address", () => {
    expect(clientAddress("", 1)).toBeNull();
    expect(clientAddress(null, 1)).toBeNull();
    expect(clientAddress(undefined, 2)).toBeNull();
    expect(clientAddress("203.0.113.7, ", 1)).toBeNull();
    expect(clientAddress("203.0.113.7, unknown", 1)).toBeNull();
    expect(clientAddress("203.0.113.7, 999.1.1.1", 1)).toBeNull();
  });
});

describe("the network a sign-in budget counts", () => {
  it("is an IPv4 address itself", () => {
    expect(networkOf("203.0.113.7")).toBe("203.0.113.7");
  });

  it("is an IPv6 address's /64, however the address is written", () => {
    expect(networkOf("2001:db8:0:1::1")).toBe("2001:db8:0:1::/64");
    expect(networkOf("2001:db8:0:1:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:0:1::/64");
    expect(networkOf("2001:0db8:0000:0001:0000:0000:0000:0002")).toBe("2001:db8:0:1::/64");
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
    expect(networkOf("64:ff9b::203.0.113.7")).toBe("64:ff9b:0:0::/64");
    expect(networkOf("2001:db8:0:2::1")).not.toBe(networkOf("2001:db8:0:1::1"));
  });
});
