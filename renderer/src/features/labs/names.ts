// A lab test's name in the window's language, by its code (labs.testName); a test the window has no words for
// (a local code added by configuration) keeps the name the station gave it.
import { i18n } from '../../i18n';

export function labName(code: string, stationName: string): string {
  const key = `labs.testName.${code}`;
  return i18n.exists(key) ? (i18n.t(key as never) as unknown as string) : stationName;
}
