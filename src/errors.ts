// User-facing errors: each becomes one clear line on stderr, never a stack trace.

/** A file (or one record in it) that cannot be read as a transcript. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    /** Where in the file: "line 12", "line 3, column 7", "$.turns[4].role", or "" for the whole file. */
    readonly location: string,
    readonly reason: string,
  ) {
    super(`${file}${location ? `:${location}` : ''}: ${reason}`);
    this.name = 'InputError';
  }
}

/** A command line or configuration the user must fix. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Turns zod issues into `path.to.field: what was expected`, one per line. */
export function describeZodIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, root = '$'): string {
  return issues
    .map((issue) => `${formatPath(issue.path, root)}: ${issue.message}`)
    .join('; ');
}

export function formatPath(path: PropertyKey[], root = '$'): string {
  let out = root;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}
