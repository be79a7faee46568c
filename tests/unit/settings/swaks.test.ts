import { describe, expect, it } from "vitest";
import { swaksSettings } from "@/lib/settings";
import { GMAIL_STARTTLS, GMAIL_TLS, LOOPBACK_TLS, snippetCode } from "./fixtures";

/** The command as one line of words: comments dropped, backslash-newlines joined. */
function words(code: string): string {
  return code
    .replace(/^#.*\n/gm, "")
    .replace(/ \\\n\s*/g, " ")
    .trim();
}

describe("swaks", () => {
  it("connects with TLS from the first byte, verifies the certificate and logs in", () => {
    const p = swaksSettings(GMAIL_TLS);
    expect(words(snippetCode(p))).toBe(
      "swaks --server smtp.gmail.com --port 465 --tls-on-connect --tls-verify " +
        "--auth LOGIN --auth-user someone@gmail.com --auth-hide-password " +
        '--from someone@gmail.com --to someone@gmail.com --header "Subject: Test mail from swaks"',
    );
    expect(p.snippet).toEqual(expect.objectContaining({ id: "swaks", language: "shell" }));
  });

  it("requires STARTTLS with --tls, never --tls-on-connect", () => {
    const line = words(snippetCode(swaksSettings(GMAIL_STARTTLS)));
    expect(line).toContain("--port 587 --tls --tls-verify ");
    expect(line).not.toContain("--tls-on-connect");
  });

  it("takes the password from SWAKS_OPT_auth_password, never from the command line", () => {
    const p = swaksSettings({ ...LOOPBACK_TLS, from: "alias@example.com", to: "friend@example.com" });
    const code = snippetCode(p);
    expect(code).not.toMatch(/--auth-password|(^|\s)-ap(\s|$)/);
    expect(p.snippet?.setup.code).toBe("read -rs SWAKS_OPT_auth_password && export SWAKS_OPT_auth_password");
    expect(words(code)).toContain("--from alias@example.com --to friend@example.com");
  });
});
