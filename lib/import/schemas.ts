import { z } from 'zod';

// Files are checked in two steps: the envelope strictly enough to recognise the format, then each
// entry on its own, so one malformed entry is a reported skip rather than a rejected file.

export const muffinlabsLinkSchema = z.object({ title: z.string(), link: z.string() });

export const muffinlabsEntrySchema = z.object({
  year: z.union([z.string(), z.number().transform(String)]),
  text: z.string().nullish(),
  html: z.string().nullish(),
  no_year_html: z.string().nullish(),
  links: z.array(z.unknown()).nullish(),
});

/** history.muffinlabs.com "Today in History": `{date: "January 3", url, data: {Events, Births, Deaths}}`. */
export const muffinlabsFileSchema = z.object({
  date: z.string(),
  url: z.string().optional(),
  data: z
    .object({
      Events: z.array(z.unknown()).optional(),
      Births: z.array(z.unknown()).optional(),
      Deaths: z.array(z.unknown()).optional(),
    })
    .refine((d) => d.Events !== undefined || d.Births !== undefined || d.Deaths !== undefined, {
      message: 'data needs at least one of Events, Births, Deaths',
    }),
});

/** A page summary as the Wikimedia feed embeds it (older and current shapes). */
export const wikimediaPageSchema = z.object({
  title: z.string(),
  normalizedtitle: z.string().optional(),
  displaytitle: z.string().optional(),
  titles: z
    .object({ canonical: z.string(), normalized: z.string(), display: z.string() })
    .partial()
    .optional(),
  description: z.string().optional(),
  extract: z.string().optional(),
  lang: z.string().optional(),
  content_urls: z
    .object({ desktop: z.object({ page: z.string() }).partial().optional() })
    .partial()
    .optional(),
});

export const wikimediaItemSchema = z.object({
  text: z.string().nullish(),
  year: z.number().optional(),
  pages: z.array(z.unknown()).optional(),
});

const section = z.array(z.unknown()).optional();

/** Wikipedia's `feed/onthisday/{type}/{MM}/{DD}` response (definitions.onthisdayResponse). */
export const wikimediaFeedSchema = z
  .object({
    selected: section,
    events: section,
    births: section,
    deaths: section,
    holidays: section,
  })
  .refine((d) => Object.values(d).some((v) => v !== undefined), {
    message: 'needs at least one of selected, events, births, deaths, holidays',
  });

/** A linked article of a byabbe.se entry: `{title, wikipedia: url}`. */
export const byabbeLinkSchema = z.object({ title: z.string(), wikipedia: z.string() });

export const byabbeEntrySchema = z.object({
  year: z.union([z.string(), z.number().transform(String)]),
  description: z.string().nullish(),
  wikipedia: z.array(z.unknown()).nullish(),
});

/** byabbe.se "On this day": `{wikipedia, date: "January 15", events|births|deaths: [...]}`, one type a file. */
export const byabbeFileSchema = z
  .object({
    wikipedia: z.string().optional(),
    date: z.string().optional(),
    events: section,
    births: section,
    deaths: section,
  })
  .refine((d) => d.events !== undefined || d.births !== undefined || d.deaths !== undefined, {
    message: 'needs one of events, births, deaths',
  });

export type MuffinlabsEntry = z.infer<typeof muffinlabsEntrySchema>;
export type WikimediaPage = z.infer<typeof wikimediaPageSchema>;
