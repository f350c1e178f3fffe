import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/actor';
import type { UserRole } from '@/lib/auth/roles';

let n = 0;

/** A user to act as (its password hash matches nothing): what a session would resolve to. */
export function insertActor(role: UserRole, name = `Actor ${role} ${n + 1}`): SessionUser {
  n++;
  const email = `actor-${role}-${n}-${Date.now()}@example.org`;
  const row = db
    .insert(users)
    .values({ name, email, role, passwordHash: 'not-a-real-hash' })
    .returning({ id: users.id })
    .get();
  return { id: row.id, email, name, role };
}
