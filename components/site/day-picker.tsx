import { MONTH_NAMES } from '@/lib/dates';
import { sitePaths } from '@/lib/site-urls';

/**
 * "Choose another day" for day pages, kept small because it is on every one of them: a GET form (day and
 * month, no JavaScript needed) that /days/go redirects to the chosen day, and a link to the full
 * calendar of 366 days.
 */
export function DayPicker({ month, day }: { month: number; day: number }) {
  return (
    <details className="disclosure">
      <summary>Choose another day</summary>
      <div>
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
      </div>
    </details>
  );
}
