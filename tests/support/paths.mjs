// @ts-check
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** @param {string} pkg @param {string} file a file inside an installed package */
export const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);
