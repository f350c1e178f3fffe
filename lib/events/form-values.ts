import { toDateTimeLocal, type EventFormValues } from '@/lib/validation/event';
import { fieldRecord, FORM_TEXT_FIELDS } from './fields';
import type { EventRecord } from './record';

/** The editor form's values of a stored event (its record, from the store's loadEvent). */
export function eventFormValuesOf(e: EventRecord): EventFormValues {
  const str = (v: number | null) => (v === null ? '' : String(v));
  const scheduled = e.status === 'draft' && e.publishAt !== null;
  return {
    ...fieldRecord(FORM_TEXT_FIELDS, (name) => e[name] ?? ''),
    title: e.title,
    slug: e.slug,
    kind: e.kind,
    year: str(e.year),
    month: str(e.month),
    day: str(e.day),
    precision: e.precision,
    circa: e.circa,
    calendar: e.calendar,
    endYear: str(e.endYear),
    endMonth: str(e.endMonth),
    endDay: str(e.endDay),
    endPrecision: e.endPrecision ?? '',
    latitude: str(e.latitude),
    longitude: str(e.longitude),
    categoryId: String(e.categoryId),
    keyPoints: e.keyPoints,
    imageUrl: e.imageUrl ?? '',
    featured: e.featured,
    selectable: e.selectable,
    tags: e.tags.map((t) => t.name),
    people: e.people.map((p) => ({ personId: String(p.id), name: p.name, role: p.role })),
    references: e.references.map((r) => ({
      url: r.url,
      title: r.title,
      publisher: r.publisher ?? '',
      accessedAt: r.accessedAt ?? '',
    })),
    links: e.links.map((l) => ({
      eventId: String(l.eventId),
      title: l.eventTitle ?? `Event #${l.eventId}`,
      type: l.type,
      direction: l.direction === 'outgoing' ? 'from' : 'to',
    })),
    status: scheduled ? 'scheduled' : e.status,
    publishAt: toDateTimeLocal(e.publishAt === null ? null : new Date(e.publishAt)),
    note: '',
    version: String(e.version),
  };
}
