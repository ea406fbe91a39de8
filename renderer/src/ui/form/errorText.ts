// An error message in the window's language.
import { i18n } from '../../i18n';
import type { ErrorMessage } from './result';

export function errorText(message: ErrorMessage): string {
  return 'text' in message ? message.text : i18n.t(`form.errors.${message.code}`, message.params ?? {});
}
