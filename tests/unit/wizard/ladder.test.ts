import { describe, expect, it } from "vitest";
import { ladderStates } from "@/components/wizard/ladder";
import type { Phase } from "@/lib/smtp/types";

const p = (name: Phase["name"], ok: boolean, port = 465): Phase => ({ name, ok, port, ms: 1 });

describe("the phase ladder shown while checking", () => {
  it("starts with finding the server in progress", () => {
    expect(ladderStates([])).toEqual(["active", "todo", "todo", "todo", "todo"]);
  });
  it("marks what any port passed, and the next rung as in progress", () => {
    expect(ladderStates([{ name: "dns", ok: true, ms: 3 }, p("connect", true), p("tls", true)])).toEqual([
      "done",
      "done",
      "done",
      "active",
      "todo",
    ]);
  });
  it("an IP address needs no lookup: connecting proves it", () => {
    expect(ladderStates([p("connect", true)])).toEqual(["done", "done", "active", "todo", "todo"]);
  });
  it("shows a failure where the last attempt stopped", () => {
    expect(ladderStates([p("connect", false, 465), p("connect", false, 587)])).toEqual(["done", "failed", "todo", "todo", "todo"]);
  });
});

describe("a failure on one port only", () => {
  it("is not shown as failed while the other port may still get through", () => {
    expect(ladderStates([p("connect", false, 465)])).toEqual(["done", "active", "todo", "todo", "todo"]);
  });
  it("is shown as failed at once when the check tests that one port alone", () => {
    expect(ladderStates([p("connect", false, 587)], 1)).toEqual(["done", "failed", "todo", "todo", "todo"]);
  });
  it("a refused login fails for good", () => {
    const phases = [p("connect", true), p("tls", true), p("greeting", true), p("login", false)];
    expect(ladderStates(phases)).toEqual(["done", "done", "done", "done", "failed"]);
  });
});
