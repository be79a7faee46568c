/** A request that is well-formed but cannot be checked as it is (a domain with no mail servers): a 400 naming the field. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
