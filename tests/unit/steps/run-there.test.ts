import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runThereCommands, shellQuote } from "@/lib/steps/run-there";

describe("the commands to run the check where the program runs", () => {
  it("names the address and the single file", () => {
    expect(runThereCommands("me@example.com")).toEqual({
      copy: "scp gmail-smtp-check.mjs you@your-server:",
      node: "node gmail-smtp-check.mjs check me@example.com",
      docker: 'docker run --rm -it -v "$PWD:/w" -w /w node:22-alpine node gmail-smtp-check.mjs check me@example.com',
      npx: "npx gmail-smtp-wizard check me@example.com",
    });
  });

  it("falls back to an example address", () => {
    expect(runThereCommands("  ").node).toBe("node gmail-smtp-check.mjs check you@gmail.com");
  });

  it.each(["o'brien@example.com", "a$(touch x)@example.com", "a&b@example.com", "a b@example.com", "`x`@example.com"])(
    "quotes %s so the shell passes it through as one word",
    (address) => {
      const quoted = shellQuote(address);
      expect(quoted).not.toBe(address);
      // What a POSIX shell makes of it: exactly the address, one argument.
      expect(execFileSync("/bin/sh", ["-c", `printf '%s\\n' ${quoted}`], { encoding: "utf8" })).toBe(`${address}\n`);
    },
  );
});

describe("an address that starts with a dash", () => {
  it("comes after -- so the check does not read it as an option", () => {
    expect(runThereCommands("-x@example.com").node).toBe("node gmail-smtp-check.mjs check -- -x@example.com");
  });
});
