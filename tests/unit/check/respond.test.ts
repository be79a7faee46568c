import { afterEach, describe, expect, it, vi } from "vitest";
import { respond } from "@/lib/check/respond";

// How an answer is sent: plain JSON or a stream of lines, and what happens when the job
// fails in a way it never should (a bug): a clear error answer, and a log line that names
// the error but never holds the request.

const request = (accept = "application/json") =>
  new Request("http://127.0.0.1:3000/api/check", { method: "POST", headers: { accept }, body: '{"password":"Canary-body-Pa55"}' });

const broken = async (): Promise<never> => {
  throw new TypeError("something is undefined");
};

afterEach(() => vi.restoreAllMocks());

describe("respond", () => {
  it("answers the job's result as JSON, never cached, and releases its slot", async () => {
    const release = vi.fn();
    const res = await respond(request(), async () => ({ verdict: "ok" }), release);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ verdict: "ok" });
    expect(release).toHaveBeenCalledOnce();
  });

  it("streams each phase, then the result, when the page asks for lines", async () => {
    const res = await respond(
      request("application/x-ndjson"),
      async ({ onPhase }) => {
        onPhase({ name: "connect", port: 465, ok: true, ms: 3 });
        return { verdict: "ok" };
      },
      () => {},
    );
    const lines = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([{ phase: { name: "connect", port: 465, ok: true, ms: 3 } }, { result: { verdict: "ok" } }]);
  });

  it("a job that throws: 500 with the usual error body; the log names the error, never the request", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const release = vi.fn();
    const res = await respond(request(), broken, release);
    expect(res.status).toBe(500);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: { field: null, message: "The check failed unexpectedly. Try again." } });
    expect(release).toHaveBeenCalledOnce();
    const logged = log.mock.calls.flat().join("\n");
    expect(logged).toContain("TypeError");
    expect(logged).toContain("something is undefined");
    expect(logged).not.toContain("Canary-body-Pa55");
  });

  it("a job that throws while streaming: an error line, and the stream ends", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await respond(request("application/x-ndjson"), broken, () => {});
    expect((await res.text()).trim()).toBe('{"error":{"field":null,"message":"The check failed unexpectedly. Try again."}}');
  });
});
