// Names of params and roles in the window's language.
import type { VitalParam } from '../../../../shared/params';
import type { StaffRole } from '../../../../shared/api/access';
import { i18n } from '../../i18n';

export function paramLabel(param: VitalParam): string {
  return i18n.t(`params.${param}`);
}

export function roleLabel(role: string): string {
  return role === 'nurse' || role === 'physician' || role === 'admin' ? i18n.t(`roles.${role satisfies StaffRole}`) : role;
}
