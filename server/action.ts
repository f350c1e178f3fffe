import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { assertRole, type SessionUser } from '@/lib/auth/actor';
import type { UserRole } from '@/lib/auth/roles';
import { failureErrors, thrownFailure, UNEXPECTED_MESSAGE, type Failure } from '@/lib/failure';
import { revalidateEventTags } from './revalidate-event';
import { verifySession } from './session';

/*
 * The one wrapper of every server action. An action stays an `export async function` with the
 * arguments useActionState gives it (bound ids, the previous state, the form), which
 * server/action-signatures.ts checks before Next decodes a request, and which a form without
 * JavaScript posts to as well; inside, it hands its work to serverAction(), which resolves the
 * session, checks the role, runs the body with the user, and then either shows a failure in the
 * form or expires what the body changed and redirects or answers.
 */

/** A CMS page to render afresh after a change: a path, or `{ layout }` for every page under it. */
export type StalePath = string | { layout: string };

/** What a body hands back when it has done its work. */
export type Done<S> = {
  /** Public cache tags its change touched (expired as server/revalidate-event.ts says). */
  tags?: readonly string[];
  paths?: readonly StalePath[];
} & ({ redirect: string } | { state: NoInfer<S> });

/** A body's outcome: a failure (its own, or the data layer's `F`), or done. */
type Outcome<S, F extends Failure> = F | Failure | Done<S>;
type Body<S, F extends Failure> = Promise<Outcome<S, F>> | Outcome<S, F>;

type Who = UserRole | 'anyone';
/** The user a body runs for: checked to hold the role; none for the public forms. */
export type ActorFor<W extends Who> = W extends UserRole ? SessionUser : null;

export type ActionOptions<S, F extends Failure, W extends Who> = {
  /** The action's name, for the log. */
  name: string;
  /** The role the caller must hold, or 'anyone' for a public form (no session is read). */
  role: W;
  /**
   * The form's state for a failure, expected or not: the body's (or the data layer's) refusal, a
   * signed-out or forbidden caller, or the generic message for an error it did not expect. Its
   * `errors` are filled in from a data-layer `field`.
   */
  refused: (failure: F | Failure) => NoInfer<S>;
};

export type ActionDeps = {
  resolveActor: () => Promise<SessionUser | null>;
  expire: (o: { tags: readonly string[]; paths: readonly StalePath[] }) => void;
  redirect: (url: string) => never;
};

/** serverAction() with its session, cache and redirect given (tests give their own). */
export async function runServerAction<S, F extends Failure, W extends Who>(
  deps: ActionDeps,
  o: ActionOptions<S, F, W>,
  body: (actor: ActorFor<W>) => Body<S, F>,
): Promise<S> {
  let actor: SessionUser | null = null;
  let outcome: Outcome<S, F>;
  try {
    if (o.role !== 'anyone') {
      actor = await deps.resolveActor();
      assertRole(actor, o.role);
    }
    outcome = await body(actor as ActorFor<W>);
  } catch (error) {
    // Next's own signals (a redirect or notFound() in the body, dynamic rendering) pass through.
    unstable_rethrow(error);
    const expected = thrownFailure(error);
    if (expected) return o.refused(expected);
    console.error(`[action] ${o.name} failed${actor ? ` for user ${actor.id}` : ''}:`, error);
    return o.refused({ ok: false, code: 'error', message: UNEXPECTED_MESSAGE });
  }
  if ('ok' in outcome) return o.refused({ ...outcome, errors: failureErrors(outcome) });
  deps.expire({ tags: outcome.tags ?? [], paths: outcome.paths ?? [] });
  if ('redirect' in outcome) deps.redirect(outcome.redirect);
  return outcome.state;
}

function expire(o: { tags: readonly string[]; paths: readonly StalePath[] }): void {
  revalidateEventTags(o.tags);
  for (const p of o.paths) {
    if (typeof p === 'string') revalidatePath(p);
    else revalidatePath(p.layout, 'layout');
  }
}

/** Runs a server action's body for the signed-in user (see above). */
export function serverAction<S, F extends Failure = Failure, W extends Who = Who>(
  o: ActionOptions<S, F, W>,
  body: (actor: ActorFor<W>) => Body<S, F>,
): Promise<S> {
  return runServerAction({ resolveActor: verifySession, expire, redirect }, o, body);
}

/** The refusal as a form that echoes what was typed shows it (the taxonomy and user forms). */
export function echoing<V>(values: V) {
  return (f: Failure) => ({ message: f.message, errors: f.errors, values });
}

/** The refusal as a one-button form shows it: not done, why, and when (so a repeat is announced). */
export function notDone(f: Failure): { ok: false; message: string; at: number } {
  return { ok: false, message: f.message, at: Date.now() };
}
