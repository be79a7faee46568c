export function inlineScriptHashes(appDir: string): string[];
export function securityHeaders(options: { dev: boolean; port: number; scriptHashes: string[] }): Record<string, string>;
