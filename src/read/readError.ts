/** A user's file that cannot be extracted: carries the file and a reason meant for a person, never a stack trace. */
export class ReadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ReadError';
  }
}

/** Raised by the format readers, which do not know the path; readReport turns it into a ReadError naming the file. */
export class Unreadable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Unreadable';
  }
}
