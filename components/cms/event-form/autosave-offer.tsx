'use client';

import { autosaveTimeLabel } from '@/lib/events/autosave';
import { buttonClass, Notice } from '../ui';
import type { AutosaveStatus } from './use-autosave';

/** "You have unsaved changes from 10:42 UTC: restore or discard." */
export function AutosaveOffer({
  savedAt,
  baseVersion,
  currentVersion,
  onRestore,
  onDiscard,
}: {
  savedAt: Date;
  baseVersion: number;
  /** The event's version now (null for a new event). */
  currentVersion: number | null;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const changedSince = currentVersion !== null && currentVersion > baseVersion;
  return (
    <Notice tone="info">
      <p className="font-medium">
        You have unsaved changes from {autosaveTimeLabel(savedAt)}: restore or discard them.
      </p>
      {changedSince && (
        <p className="mt-1">
          The event has been saved since (version {currentVersion}, your changes were made on
          version {baseVersion}). If you restore them, saving will show you what changed first.
        </p>
      )}
      <p className="mt-1 opacity-80">Until you choose, what you type here is not kept as a copy.</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={onRestore} className={buttonClass.primary}>
          Restore my changes
        </button>
        <button type="button" onClick={onDiscard} className={buttonClass.secondary}>
          Discard them
        </button>
      </div>
    </Notice>
  );
}

/** A quiet line by the save button: where the draft copy stands. */
export function AutosaveStatusLine({ status, dirty }: { status: AutosaveStatus; dirty: boolean }) {
  const time = (d: Date) => d.toISOString().slice(11, 19);
  const text =
    status.kind === 'saving'
      ? 'Keeping a draft copy…'
      : status.kind === 'saved'
        ? `Unsaved changes, draft copy kept at ${time(status.at)} UTC.`
        : status.kind === 'failed'
          ? `Unsaved changes. ${status.message}`
          : status.kind === 'paused'
            ? 'Unsaved changes (no copy kept until you restore or discard the earlier ones).'
            : dirty
              ? 'Unsaved changes.'
              : 'No unsaved changes.';
  return (
    <p
      data-testid="autosave-status"
      className={`text-sm ${status.kind === 'failed' ? 'text-red-700 dark:text-red-300' : 'text-stone-600 dark:text-stone-400'}`}
    >
      {text}
    </p>
  );
}
