import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEND_OUTCOMES, VERDICT_IDS } from "@/lib/diagnosis/ids";
import { EXIT, exitCodeFor, exitCodeForSend, VERDICT_EXIT } from "../../cli/exit-codes";

// The exit codes are a contract with scripts: every verdict has one, and docs/cli.md says
// the same as the table in cli/exit-codes.ts.

const doc = readFileSync(path.resolve(__dirname, "../../docs/cli.md"), "utf8");

/** The "Exit codes" table of docs/cli.md: code → the ids in its last column. */
function documented(): Map<number, string[]> {
  const section = doc.slice(doc.indexOf("### Exit codes"), doc.indexOf("**Every failed login"));
  const rows = new Map<number, string[]>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const code = Number(cells[1]);
    if (!line.startsWith("|") || !Number.isInteger(code) || cells[1] === "") continue;
    rows.set(
      code,
      [...(cells[3] ?? "").matchAll(/`([a-z-]+)`/g)].map((m) => m[1] as string),
    );
  }
  return rows;
}

describe("exit codes", () => {
  it("every verdict has its family's code; only unknown is 6", () => {
    for (const verdict of VERDICT_IDS) {
      expect(Object.hasOwn(VERDICT_EXIT, verdict), verdict).toBe(true);
      expect(exitCodeFor(verdict) === EXIT.unknown, verdict).toBe(verdict === "unknown");
    }
  });

  it("a verdict added later exits 6 until it gets a row", () => {
    expect(exitCodeFor("some-future-verdict")).toBe(EXIT.unknown);
    expect(exitCodeFor("__proto__")).toBe(EXIT.unknown);
  });

  it("--send-test: 0 once sent, 7 when Google refused the mail, else the login verdict's code", () => {
    expect(exitCodeForSend("sent")).toBe(0);
    for (const outcome of SEND_OUTCOMES.filter((o) => o !== "sent")) expect(exitCodeForSend(outcome)).toBe(EXIT.sendRefused);
    expect(exitCodeForSend("too-many-attempts")).toBe(EXIT.wait);
  });

  it("docs/cli.md documents the same table", () => {
    const rows = documented();
    for (const [verdict, code] of Object.entries(VERDICT_EXIT)) expect(rows.get(code), verdict).toContain(verdict);
    for (const [code, ids] of rows) {
      for (const id of ids) {
        const expected = (SEND_OUTCOMES as readonly string[]).includes(id) ? exitCodeForSend(id) : exitCodeFor(id);
        expect(expected, `${id} is documented under ${code}`).toBe(code);
      }
    }
    for (const code of Object.values(EXIT)) expect(rows.has(code), `code ${code}`).toBe(true);
  });
});
