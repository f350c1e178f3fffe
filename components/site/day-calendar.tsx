import { maxDaysInMonth, MONTH_NAMES, monthDaySlug } from '@/lib/dates';

/**
 * All 366 day pages as twelve month blocks of links (server-rendered, works without JavaScript). Each
 * block is labelled with its month, which gives the day numbers their context; the current day is marked.
 * On the calendar page the months are h2 headings; inside a day page's "Choose another day" they are
 * labelled groups, so they do not interrupt the page's heading outline.
 */
export function DayCalendar({
  current,
  headings = false,
}: {
  current?: { month: number; day: number };
  headings?: boolean;
}) {
  const Label = headings ? 'h2' : 'p';
  return (
    <div className="calendar">
      {MONTH_NAMES.map((name, i) => {
        const month = i + 1;
        const id = name.toLowerCase();
        const days = Array.from({ length: maxDaysInMonth(month) }, (_, d) => d + 1);
        return (
          <div key={name} role="group" aria-labelledby={id}>
            <Label id={id} className="month">
              {name}
            </Label>
            <ol>
              {days.map((day) => (
                <li key={day}>
                  <a
                    href={`/days/${monthDaySlug(month, day)}`}
                    aria-current={
                      current?.month === month && current.day === day ? 'page' : undefined
                    }
                  >
                    {day}
                  </a>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
}
