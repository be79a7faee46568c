import { describe, expect, it } from "vitest";
import { inferPasswordKind, isAppPasswordShape, normalizeAppPassword, passwordWarnings } from "@/lib/steps";

const GOOD = "qwertyuiopasdfgh";

describe("app password shape", () => {
  it.each([
    [GOOD, "qwertyuiopasdfgh"],
    ["abcd efgh ijkl mnop", "abcdefghijklmnop"],
    ["abcd\u00A0efgh\u00A0ijkl\u00A0mnop", "abcdefghijklmnop"],
    ["abcd\u202Fefgh\u2007ijkl\tmnop", "abcdefghijklmnop"],
    ["  abcd efgh ijkl mnop \n", "abcdefghijklmnop"],
    ["ABCD EFGH IJKL MNOP", "abcdefghijklmnop"],
    ["QwErTyUiOpAsDfGh", "QwErTyUiOpAsDfGh"],
    ["abcd\u200Befgh ijkl mnop", "abcdefghijklmnop"],
  ])("recognizes %j as an app password and normalizes it", (input, normalized) => {
    expect(isAppPasswordShape(input)).toBe(true);
    expect(inferPasswordKind(input)).toBe("app");
    expect(normalizeAppPassword(input)).toBe(normalized);
  });

  it.each([
    ["15 letters", "abcdefghijklmno"],
    ["17 letters", "abcdefghijklmnopq"],
    ["a digit", "abcdefghijklmno1"],
    ["hyphens", "abcd-efgh-ijkl-mnop"],
    ["an accented letter", "abcdefghijklmnoé"],
    ["a Cyrillic look-alike", "abcdefghijklmnoр"],
    ["an empty string", ""],
    ["only spaces", "                "],
    ["a normal password", "Correct horse 1!"],
  ])("does not take %s for an app password", (_label, input) => {
    expect(isAppPasswordShape(input)).toBe(false);
    expect(inferPasswordKind(input)).toBe("account");
  });

  it("leaves a normal account password exactly as typed", () => {
    for (const pw of ["My Pass word", " lead", "abc DEF 123", "abcdefghijklmno"]) {
      expect(normalizeAppPassword(pw)).toBe(pw);
    }
  });
});

describe("password warnings", () => {
  const ids = (pw: string) => passwordWarnings(pw).map((w) => w.id);

  it("flags an accented letter as non-ASCII", () => {
    expect(ids("pässword")).toEqual(["non-ascii"]);
  });

  it("flags curly quotes as non-ASCII", () => {
    expect(ids("“quoted”")).toEqual(["non-ascii"]);
  });

  it("flags a space at either end", () => {
    expect(ids(" password")).toEqual(["leading-or-trailing-space"]);
    expect(ids("password ")).toEqual(["leading-or-trailing-space"]);
    expect(ids("password\u00A0")).toEqual(["leading-or-trailing-space"]);
  });

  it("flags invisible characters, and only once", () => {
    expect(ids("pass\u200Bword")).toEqual(["invisible-characters"]);
    expect(ids("pass\u00A0word")).toEqual(["invisible-characters"]);
    expect(ids("pass\u00ADword")).toEqual(["invisible-characters"]);
    expect(ids("\uFEFFpassword")).toEqual(["invisible-characters"]);
    expect(ids("pass\nword")).toEqual(["invisible-characters"]);
  });

  it("reports several problems in a stable order", () => {
    expect(ids(" pä\u200Bss")).toEqual(["leading-or-trailing-space", "invisible-characters", "non-ascii"]);
  });

  it("stays quiet for clean passwords and spaced-out app passwords", () => {
    for (const pw of ["", "password", "Pass word with spaces!", "p@$$w0rd~`{}", GOOD, "abcd\u00A0efgh ijkl mnop "]) {
      expect(ids(pw)).toEqual([]);
    }
  });

  it("gives every warning a plain message that never repeats the password", () => {
    for (const w of passwordWarnings(" pä\u200Bss")) {
      expect(w.message.length).toBeGreaterThan(20);
      expect(w.message).not.toContain("pä");
    }
  });
});
