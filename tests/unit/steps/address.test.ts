import { describe, expect, it } from "vitest";
import { addressWarnings, knownNonGoogleProvider } from "@/lib/steps";
import { withArticle } from "@/lib/steps/address";

describe("knownNonGoogleProvider", () => {
  it.each([
    ["someone@outlook.com", "Outlook"],
    ["someone@hotmail.com", "Outlook"],
    ["someone@hotmail.co.uk", "Outlook"],
    ["someone@live.com", "Outlook"],
    ["someone@live.fr", "Outlook"],
    ["someone@msn.com", "Outlook"],
    ["someone@yahoo.com", "Yahoo"],
    ["someone@yahoo.co.jp", "Yahoo"],
    ["someone@yahoo.com.br", "Yahoo"],
    ["someone@ymail.com", "Yahoo"],
    ["someone@icloud.com", "iCloud"],
    ["someone@me.com", "iCloud"],
    ["someone@mac.com", "iCloud"],
    ["someone@aol.com", "AOL"],
    ["someone@proton.me", "Proton"],
    ["someone@protonmail.com", "Proton"],
    ["someone@gmx.de", "GMX"],
    ["someone@gmx.net", "GMX"],
    ["someone@zoho.com", "Zoho"],
    ["someone@yandex.ru", "Yandex"],
    ["someone@yandex.com.tr", "Yandex"],
    ["someone@mail.com", "mail.com"],
    ["Someone@OUTLOOK.COM", "Outlook"],
    ["  someone@Yahoo.Com  ", "Yahoo"],
    ["someone@outlook.com.", "Outlook"],
    ['"a@b"@icloud.com', "iCloud"],
    ["outlook.com", "Outlook"],
  ])("names the provider of %j", (email, provider) => {
    expect(knownNonGoogleProvider(email)).toBe(provider);
  });

  it.each([
    "someone@gmail.com",
    "someone@GMAIL.com",
    "someone@googlemail.com",
    "someone@example.com",
    "someone@my-company.co.uk",
    "user@outlook.com.evil.example",
    "user@yahoo.com.evil.example",
    "user@evil-outlook.com",
    "user@mail.outlook.com",
    "user@hotmail.example",
    "user@live.example.org",
    "user@live.co",
    "user@icloud.com@gmail.com",
    "user@constructor",
    "gmail.com",
    "",
    "no-at-sign",
  ])("returns null for %j", (email) => {
    expect(knownNonGoogleProvider(email)).toBeNull();
  });
});

describe("addressWarnings", () => {
  const ids = (email: string) => addressWarnings(email).map((w) => w.id);

  it("asks for the full address when the @ part is missing", () => {
    expect(ids("someone")).toEqual(["not-full-address"]);
    expect(ids("someone@")).toEqual(["not-full-address"]);
    expect(ids("@gmail.com")).toEqual(["not-full-address"]);
  });

  it("names the provider of a non-Google address", () => {
    const [warning] = addressWarnings("someone@yahoo.com");
    expect(warning?.id).toBe("non-google-provider");
    expect(warning?.provider).toBe("Yahoo");
    expect(warning?.message).toContain("Yahoo");
  });

  it("suggests gmail.com for a common slip", () => {
    expect(ids("someone@gmial.com")).toEqual(["gmail-typo"]);
    expect(ids("someone@gmail.con")).toEqual(["gmail-typo"]);
  });

  it("flags a space inside the address", () => {
    expect(ids("some one@gmail.com")).toEqual(["contains-space"]);
  });

  it("stays quiet for Gmail and Workspace addresses", () => {
    for (const email of ["", "someone@gmail.com", " someone@gmail.com ", "ana@example.org", "a.b+tag@googlemail.com"]) {
      expect(ids(email)).toEqual([]);
    }
  });
});

describe("withArticle", () => {
  it("says an Outlook, a Yahoo", () => {
    expect(withArticle("Outlook")).toBe("an Outlook");
    expect(withArticle("iCloud")).toBe("an iCloud");
    expect(withArticle("Yahoo")).toBe("a Yahoo");
  });
});
