import { describe, expect, it } from "vitest";
import { isLoopbackHost, isLoopbackOrigin } from "@/lib/guard/loopback.mjs";

describe("this server's own names", () => {
  it("accepts the three loopback names with this port only", () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "LOCALHOST:3000"])
      expect(isLoopbackHost(host, 3000), host).toBe(true);
    for (const host of ["127.0.0.1:3001", "127.0.0.1", "evil.example:3000", "localhost.evil.example:3000", "", undefined, null])
      expect(isLoopbackHost(host, 3000), String(host)).toBe(false);
  });
  it("accepts the bare names on port 80, as browsers send them", () => {
    expect(isLoopbackHost("localhost", 80)).toBe(true);
    expect(isLoopbackOrigin("http://127.0.0.1", 80)).toBe(true);
  });
  it("accepts only the http origin of this server", () => {
    expect(isLoopbackOrigin("http://127.0.0.1:3000", 3000)).toBe(true);
    for (const o of ["https://127.0.0.1:3000", "http://127.0.0.1:3001", "null", "http://evil.example", undefined])
      expect(isLoopbackOrigin(o, 3000), String(o)).toBe(false);
  });
});
