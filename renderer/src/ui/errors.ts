/** A message for an error of any kind; ApiCallError and StationLinkError messages are written for the nurse. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
