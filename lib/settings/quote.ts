// Literals for each language a snippet is written in. Every interpolated value goes through
// one of these, so an address with a quote, a space or a backslash cannot end a string early
// or run as code.

/** A JavaScript string literal. */
export function jsString(value: string): string {
  return JSON.stringify(value);
}

/** A Python string literal: JSON's escapes (\" \\ \n \uXXXX …) mean the same in Python. */
export function pyString(value: string): string {
  return JSON.stringify(value);
}

/** A YAML double-quoted scalar: JSON's escapes are YAML's too. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** A PHP single-quoted string: only \ and ' are special. */
export function phpString(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

const SHELL_SAFE = /^[A-Za-z0-9@%+=:,./_-]+$/;

/** One POSIX shell word: bare when nothing in it is special, else single-quoted. */
export function shellArg(value: string): string {
  if (SHELL_SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

const DOTENV_SAFE = /^[A-Za-z0-9@%+=:,./_-]*$/;

/** A .env value: bare when safe, else double-quoted with \ and " escaped. */
export function dotenvValue(value: string): string {
  if (DOTENV_SAFE.test(value)) return value;
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
