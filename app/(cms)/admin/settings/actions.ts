'use server';

import { setReviewRequired } from '@/db/store';
import type { ActionState } from '@/lib/forms/event-form';
import { notDone, serverAction } from '@/server/action';

/** The settings form: review before publish on or off for the whole site (admins only). */
export async function saveSettingsAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return serverAction(
    { name: 'saveSettingsAction', role: 'admin', refused: notDone },
    async (actor) => {
      const required = formData.get('reviewRequired') === 'on';
      const result = await setReviewRequired(actor, { required });
      return {
        paths: [{ layout: '/editor' }, '/admin/settings'],
        state: {
          ok: true,
          at: Date.now(),
          message: !result.changed
            ? 'Nothing changed.'
            : required
              ? 'Saved: editors now submit events for review; reviewers and admins publish them.'
              : 'Saved: editors publish and schedule events themselves again.',
        },
      };
    },
  );
}
