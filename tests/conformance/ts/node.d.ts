// The little of Node's API the conformance driver uses, declared here so the
// driver type-checks without @types/node (tools/ pins only typescript and buf).
declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
}
declare module "node:url" {
  export function pathToFileURL(path: string): { readonly href: string };
}
declare const process: { readonly argv: readonly string[]; exitCode: number | undefined };
