// The event's closed sets of values. The database schema (db/schema.ts) builds its columns and
// checks from these; everything else imports them from here.

export const EVENT_KINDS = ['event', 'birth', 'death', 'observance'] as const;
export const PRECISIONS = ['day', 'month', 'year', 'decade', 'century'] as const;
export const CALENDARS = ['gregorian', 'julian'] as const;
export const EVENT_STATUSES = ['draft', 'published', 'archived'] as const;
export const LINK_TYPES = ['related', 'led_to', 'part_of', 'same_story'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Calendar = (typeof CALENDARS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type LinkType = (typeof LINK_TYPES)[number];
