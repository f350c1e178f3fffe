import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'About Almanac and our sources',
  description: 'What Almanac is, where its texts come from and how dates are shown.',
  alternates: { canonical: '/about' },
};

export default function AboutPage() {
  return (
    <article className="mx-auto max-w-3xl">
      <p className="eyebrow">About</p>
      <h1 className="mt-1 text-4xl font-bold tracking-tight sm:text-5xl">About Almanac</h1>
      <div className="prose mt-6 max-w-none">
        <p>
          Almanac tells you what happened on any day of the year: events, births, deaths and
          observances, with their dates, places, the people involved, and the sources behind them.
        </p>
        <h2>Where the texts come from</h2>
        <p>
          Events written by our editors are our own. Many short entries are imported from
          Wikipedia’s date pages; their text is licensed under{' '}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">
            Creative Commons Attribution-ShareAlike
          </a>{' '}
          (CC BY-SA 3.0 or 4.0, as each page says), and every imported event names its source and
          licence at the foot of its page.
        </p>
        <h2>How dates are shown</h2>
        <p>
          Dates are only as precise as they are known: “1 February 1924”, “February 1924”, “1920s”
          or “c. 1440”. Years before the Common Era read “44 BCE”; there is no year 0, so 1 BCE is
          followed by 1 CE. Dates recorded in the Julian calendar say so, and “How long ago?”
          converts them before counting.
        </p>
        <h2>Today</h2>
        <p>
          The home page shows today in the site’s time zone. If your own date is different, the page
          offers you your day.
        </p>
      </div>
    </article>
  );
}
