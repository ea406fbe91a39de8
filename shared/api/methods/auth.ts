// Signing in at the bedside, and the staff list.
import { z } from 'zod';
import type { StaffRole } from '../access';

export type { StaffRole } from '../access';

export interface StaffMember {
  readonly id: number;
  readonly name: string;
  readonly role: StaffRole;
}

const pin = z.string().regex(/^\d{4,8}$/, 'a PIN of 4 to 8 digits');
const staffName = z.string().trim().min(2).max(80);

export const authMethods = {
  'auth.signIn': { access: 'public', input: z.object({ name: staffName, pin }).strict() },
  'auth.signOut': { access: 'public', input: z.object({}).strict() },
  'auth.whoami': { access: 'public', input: z.object({}).strict() },
  'staff.list': { access: 'public', input: z.object({}).strict() },
  /** admin only, except the very first account of a new station. */
  'staff.create': { access: 'public', input: z.object({ name: staffName, role: z.enum(['nurse', 'physician', 'admin']), pin }).strict() },
} as const;

export interface AuthResults {
  'auth.signIn': StaffMember;
  'auth.signOut': null;
  'auth.whoami': StaffMember | null;
  'staff.list': readonly StaffMember[];
  'staff.create': StaffMember;
}
