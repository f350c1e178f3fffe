/** Ranked: each role holds everything the ones before it hold. */
export const USER_ROLES = ['editor', 'reviewer', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

const RANK: Record<UserRole, number> = { editor: 1, reviewer: 2, admin: 3 };

/** Reviewers can do everything editors can, and approve what waits for review; admins everything. */
export function hasRole(role: UserRole, required: UserRole): boolean {
  return RANK[role] >= RANK[required];
}

export const ROLE_LABELS: Record<UserRole, string> = {
  editor: 'Editor',
  reviewer: 'Reviewer',
  admin: 'Admin',
};
