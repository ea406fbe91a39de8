// The ward's test staff: the same people, roles and PIN in every test that signs someone in.
export const PIN = '2468';

export interface StaffMember {
  readonly name: string;
  readonly role: 'admin' | 'nurse' | 'physician';
}

/** A new station's first account is an admin. */
export const ADMIN: StaffMember = { name: 'Admin Ward 4', role: 'admin' };
export const NURSE: StaffMember = { name: 'Nurse Kim', role: 'nurse' };
/** The second nurse who verifies an infusion. */
export const SECOND_NURSE: StaffMember = { name: 'Nurse Second', role: 'nurse' };
export const PHYSICIAN: StaffMember = { name: 'Dr Rao', role: 'physician' };
