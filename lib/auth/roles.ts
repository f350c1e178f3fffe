export const USER_ROLES = ['editor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

const RANK: Record<UserRole, number> = { editor: 1, admin: 2 };

/** Admins can do everything editors can. */
export function hasRole(role: UserRole, required: UserRole): boolean {
  return RANK[role] >= RANK[required];
}

export const ROLE_LABELS: Record<UserRole, string> = { editor: 'Editor', admin: 'Admin' };
