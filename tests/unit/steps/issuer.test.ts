import { describe, expect, it } from "vitest";
import { issuerName } from "@/lib/steps/issuer";

describe("issuerName", () => {
  it.each([
    ["CN=Avast Web/Mail Shield Root, O=Avast Web/Mail Shield", "Avast Web/Mail Shield"],
    ["CN=ESET SSL Filter CA", "ESET SSL Filter"],
    ["CN=Kaspersky Anti-Virus Personal Root Certificate", "Kaspersky Anti-Virus Personal Root Certificate"],
    ["CN=Corp Proxy Root CA", "Corp Proxy"],
    ["O=Example Ltd, CN=whatever", "Example Ltd"],
    ["something odd", "something odd"],
  ])("names %s as %s", (raw, name) => {
    expect(issuerName(raw)).toBe(name);
  });
});
