// Who may call a method; enforced by the station's dispatcher, not only hidden in the window.
export type StaffRole = 'nurse' | 'physician' | 'admin';

/**
 * public: anyone at the bedside (live values, sign-in); staff: any signed-in member;
 * clinical: a nurse or physician (clinical entries); physician: sign-off, overrides, grade confirmation; admin: staff and site setup.
 */
export type Access = 'public' | 'staff' | 'clinical' | 'physician' | 'admin';

export function roleMayCall(role: StaffRole | null, access: Access): boolean {
  switch (access) {
    case 'public':
      return true;
    case 'staff':
      return role !== null;
    case 'clinical':
      return role === 'nurse' || role === 'physician';
    case 'physician':
      return role === 'physician';
    case 'admin':
      return role === 'admin';
  }
}
