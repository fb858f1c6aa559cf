// The two pieces of Node's `process` this example uses, so it type-checks
// without installing @types/node.
declare const process: {
  readonly argv: readonly string[];
  exitCode: number | undefined;
};
