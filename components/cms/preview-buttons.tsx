import { buttonClass } from './ui';

/**
 * "Preview" and "Preview its day": the public event page and its day page as readers will see them
 * once the event is published, opened in a new tab through /api/cms/preview (draft mode).
 */
export function PreviewButtons({ eventId, hasDay }: { eventId: number; hasDay: boolean }) {
  const button = (page: 'event' | 'day', label: string) => (
    <form method="post" action="/api/cms/preview" target="_blank">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="page" value={page} />
      <button type="submit" className={`${buttonClass.secondary} py-1.5`}>
        {label}
        <span className="sr-only"> (opens in a new tab)</span>
      </button>
    </form>
  );
  return (
    <>
      {button('event', 'Preview')}
      {hasDay && button('day', 'Preview its day')}
    </>
  );
}
