import { maxDaysInMonth, MONTH_NAMES, monthDaySlug } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';

/**
 * "Choose another day" for day pages, kept small because it is on every one of them: a GET form (day and
 * month, no JavaScript needed) that /days/go redirects to the chosen day, this month's days as links, and
 * a link to the full calendar of 366 days.
 */
export function DayPicker({ month, day }: { month: number; day: number }) {
  const monthName = MONTH_NAMES[month - 1] ?? '';
  const days = Array.from({ length: maxDaysInMonth(month) }, (_, d) => d + 1);
  return (
    <details className="disclosure">
      <summary>Choose another day</summary>
      <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,18rem)]">
        <div className="space-y-4">
          <form action="/days/go" method="get" className="flex flex-wrap items-end gap-3">
            <label className="field">
              <span>Day</span>
              <select name="day" defaultValue={day}>
                {Array.from({ length: 31 }, (_, i) => (
                  <option key={i + 1}>{i + 1}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Month</span>
              <select name="month" defaultValue={month}>
                {MONTH_NAMES.map((m, i) => (
                  <option key={m} value={i + 1}>
                    {m}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="pill">
              Go to that day
            </button>
          </form>
          <p>
            <a href={sitePaths.days()}>Full calendar of all 366 days</a>
          </p>
        </div>
        <div className="calendar single" role="group" aria-labelledby="picker-month">
          <p id="picker-month" className="month">
            {monthName}
          </p>
          <ol>
            {days.map((d) => (
              <li key={d}>
                <a
                  href={`/days/${monthDaySlug(month, d)}`}
                  aria-current={d === day ? 'page' : undefined}
                >
                  {d}
                </a>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </details>
  );
}
