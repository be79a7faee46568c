import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { allProgramSettings, PROGRAMS, type ProgramId, programSettings } from "@/lib/settings";
import { GMAIL_STARTTLS, GMAIL_TLS } from "./fixtures";

const ORDER: ProgramId[] = [
  "wp-mail-smtp",
  "post-smtp",
  "fluent-smtp",
  "home-assistant",
  "nextcloud",
  "mail-client",
  "python",
  "node",
  "php",
  "django",
  "laravel",
  "env",
  "docker",
  "swaks",
];

describe("PROGRAMS", () => {
  it("lists every program once, grouped, in display order", () => {
    expect(PROGRAMS.map((p) => p.id)).toEqual(ORDER);
    expect(PROGRAMS.map((p) => p.group)).toEqual([
      "WordPress",
      "WordPress",
      "WordPress",
      "Apps",
      "Apps",
      "Apps",
      "Code",
      "Code",
      "Code",
      "Code",
      "Code",
      "Code",
      "Code",
      "Command line",
    ]);
  });

  it("matches what each generator says about itself", () => {
    for (const s of [GMAIL_TLS, GMAIL_STARTTLS]) {
      for (const entry of PROGRAMS) {
        const p = programSettings(entry.id, s);
        expect({ id: p.id, name: p.name, group: p.group }).toEqual(entry);
        expect(p.where.trim()).not.toBe("");
        expect(p.fields.length).toBeGreaterThan(0);
        if (p.snippet) expect(p.snippet.id).toBe(p.id);
      }
      expect(allProgramSettings(s).map((p) => p.id)).toEqual(ORDER);
    }
  });

  it("gives each snippet its language and file name", () => {
    const snippets = allProgramSettings(GMAIL_TLS).flatMap((p) => (p.snippet ? [[p.id, p.snippet.language, p.snippet.file]] : []));
    expect(snippets).toEqual([
      ["home-assistant", "yaml", "configuration.yaml"],
      ["python", "python", "send_test.py"],
      ["node", "javascript", "send-test.mjs"],
      ["php", "php", "send-test.php"],
      ["django", "python", "settings.py"],
      ["laravel", "dotenv", ".env"],
      ["env", "dotenv", ".env"],
      ["docker", "shell", undefined],
      ["swaks", "shell", undefined],
    ]);
  });

  it("gives every typed value a copy button, but not passwords, switches or options chosen from a menu", () => {
    for (const p of allProgramSettings(GMAIL_TLS)) {
      for (const f of p.fields) {
        const noCopy = f.value === "" || f.value === "On" || f.value === "Off" || f.choose === true;
        expect({ id: p.id, label: f.label, copy: f.copy }).toEqual({ id: p.id, label: f.label, copy: !noCopy });
      }
    }
  });

  it("marks the options a person picks rather than types", () => {
    const chosen = (id: Parameters<typeof programSettings>[0]) =>
      programSettings(id, GMAIL_TLS)
        .fields.filter((f) => f.choose)
        .map((f) => f.label);
    expect(chosen("wp-mail-smtp")).toEqual(["Mailer", "Encryption"]);
    expect(chosen("fluent-smtp")).toEqual(["Connection Provider", "Encryption"]);
    expect(chosen("mail-client")).toEqual(["Connection security", "Authentication method"]);
  });
});

describe("lib/settings", () => {
  /** The modules a source file imports and the globals it reads, from TypeScript's own parse (strings ignored). */
  function dependencies(file: string): { imports: string[]; globals: string[] } {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const imports: string[] = [];
    const globals: string[] = [];
    const visit = (node: ts.Node): void => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        imports.push(node.moduleSpecifier.text);
      }
      if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || node.expression.getText() === "require")) {
        imports.push(node.arguments[0]?.getText() ?? "");
      }
      if (ts.isIdentifier(node) && ["process", "fetch", "globalThis", "window", "document"].includes(node.text)) globals.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return { imports, globals };
  }

  it("is pure: it imports only its own files and reads no environment (no nodemailer, next, network or React)", () => {
    const dir = path.resolve(import.meta.dirname, "../../../lib/settings");
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThanOrEqual(17);
    for (const f of files) {
      const { imports, globals } = dependencies(path.join(dir, f));
      expect({ f, outside: imports.filter((s) => !s.startsWith("./")), globals }).toEqual({ f, outside: [], globals: [] });
    }
  });
});
