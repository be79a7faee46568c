export function loopbackHosts(port: number): string[];
export function isLoopbackHost(host: string | undefined | null, port: number): boolean;
export function isLoopbackOrigin(origin: string | undefined | null, port: number): boolean;
