import {
  API_FIELDS,
  fieldRecord,
  specOf,
  type ApiField,
  type FieldSpec,
} from '@/lib/events/fields';
import { ONTHISDAY_TYPES, PERSON_PAGEID_OFFSET } from './onthisday';
import { API_KINDS, API_ORDERS, API_SEARCH_SORTS, DEFAULT_LIMIT, MAX_LIMIT } from './v1-params';

/*
 * The OpenAPI 3.1 description of Almanac's read APIs, served at /api/v1/openapi.json and read by the
 * /developers page. Schemas are JSON Schema 2020-12; `unevaluatedProperties: false` on every record
 * means a field the handlers send but this document does not name fails the tests
 * (app/api/v1/api-v1.test.ts validates real answers against these schemas).
 */

type JsonSchema = { [key: string]: unknown };

export type ApiParameter = {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description: string;
  schema: JsonSchema;
  example?: unknown;
};

type ParameterRef = { $ref: string };

type MediaType = { schema: JsonSchema; example?: unknown };

export type ApiResponse = {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema } | { $ref: string }>;
  content?: Record<string, MediaType>;
};

export type ApiOperation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters?: (ApiParameter | ParameterRef)[];
  responses: Record<string, ApiResponse | { $ref: string }>;
};

export type OpenApiDocument = {
  openapi: '3.1.0';
  jsonSchemaDialect: string;
  info: {
    title: string;
    version: string;
    summary: string;
    description: string;
    license: { name: string; identifier?: string; url?: string };
  };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: ApiOperation }>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, ApiParameter>;
    responses: Record<string, ApiResponse>;
    headers: Record<string, { description: string; schema: JsonSchema }>;
  };
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const JSON_TYPE = 'application/json';
const nullable = (type: string) => ({ type: [type, 'null'] });

const JSON_TYPES = {
  text: 'string',
  markdown: 'string',
  int: 'integer',
  real: 'number',
  boolean: 'boolean',
  timestamp: 'string',
  enum: 'string',
  list: 'array',
} as const satisfies Record<FieldSpec['kind'], string>;

/** The property of a field the API offers as stored (lib/events/fields.ts). */
function fieldProperty(name: ApiField): JsonSchema {
  const spec = specOf(name);
  const type = JSON_TYPES[spec.kind];
  const description = spec.api?.description;
  return {
    ...(spec.nullable ? nullable(type) : { type }),
    ...(spec.kind === 'list' ? { items: { type: 'string' } } : {}),
    ...(spec.kind === 'enum' ? { enum: spec.nullable ? [...spec.values, null] : spec.values } : {}),
    ...(spec.kind === 'timestamp' ? { format: 'date-time' } : {}),
    ...(description === undefined ? {} : { description }),
  };
}

const ok = (description: string, schema: string): ApiResponse => ({
  description,
  headers: {
    ETag: { $ref: '#/components/headers/ETag' },
    'Cache-Control': { $ref: '#/components/headers/CacheControl' },
  },
  content: { [JSON_TYPE]: { schema: ref(schema) } },
});

const errors = {
  '304': { $ref: '#/components/responses/NotModified' },
  '400': { $ref: '#/components/responses/BadRequest' },
  '404': { $ref: '#/components/responses/NotFound' },
};

const pagedListParams = [param('limit'), param('cursor')];
const scopeParams = [param('order'), param('kind'), param('from'), param('to'), ...pagedListParams];

const slugParam = (what: string, example: string): ApiParameter => ({
  name: 'slug',
  in: 'path',
  required: true,
  description: `The ${what}'s slug, as in its URL on the site.`,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
  example,
});

/** Fields every event in a list has (the schemas that use it close it with unevaluatedProperties). */
const eventSummaryFields: JsonSchema = {
  type: 'object',
  required: [
    'id',
    'slug',
    'kind',
    'title',
    'summary',
    'date',
    'category',
    'featured',
    'url',
    'apiUrl',
  ],
  properties: {
    id: { type: 'integer' },
    slug: { type: 'string' },
    kind: { enum: [...API_KINDS] },
    title: { type: 'string' },
    summary: { type: 'string', description: 'Plain text, as stored (not shortened).' },
    date: ref('Date'),
    category: ref('CategoryRef'),
    featured: {
      type: 'boolean',
      description: 'Chosen by editors for the day page (Wikimedia "selected").',
    },
    url: { type: 'string', format: 'uri', description: 'The event page on the site.' },
    apiUrl: { type: 'string', format: 'uri', description: 'This event in the API.' },
  },
};

const linkRef = {
  type: 'object',
  required: ['slug', 'name', 'url', 'apiUrl'],
  properties: {
    slug: { type: 'string' },
    name: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    apiUrl: { type: 'string', format: 'uri' },
  },
};

const listOf = (context: Record<string, JsonSchema>, item: string): JsonSchema => ({
  type: 'object',
  required: [...Object.keys(context), 'data', 'pagination'],
  properties: {
    ...context,
    data: { type: 'array', items: ref(item) },
    pagination: ref('Pagination'),
  },
  additionalProperties: false,
});

const imageProps = {
  type: 'object',
  required: ['source', 'width', 'height'],
  properties: {
    source: { type: 'string', format: 'uri' },
    width: { type: 'integer', minimum: 0, description: '0: Almanac does not record image sizes.' },
    height: { type: 'integer', minimum: 0, description: '0: Almanac does not record image sizes.' },
  },
  additionalProperties: false,
};

const contentUrls = {
  type: 'object',
  required: ['page', 'revisions', 'edit'],
  properties: {
    page: { type: 'string', format: 'uri' },
    revisions: {
      type: 'string',
      format: 'uri',
      description: 'Revision history (Wikipedia’s for an article; Almanac’s editors sign in).',
    },
    edit: {
      type: 'string',
      format: 'uri',
      description: 'Wikipedia’s edit page for an article; Almanac’s editor form (editors sign in).',
    },
    talk: {
      type: 'string',
      format: 'uri',
      description: 'A Wikipedia article’s talk page; for an Almanac event, "Report an error".',
    },
  },
  additionalProperties: false,
};

export function buildOpenApiDocument(siteUrl: string): OpenApiDocument {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Almanac API',
      version: '1.0.0',
      summary: 'What happened on any day in history: events, births, deaths and observances.',
      description:
        'Read-only JSON over HTTPS, no key needed. Every answer has an ETag (send If-None-Match for a 304) and Cache-Control; CORS allows GET from any origin. Lists are paged with an opaque `cursor`: follow `pagination.next` (or the Link header) until it is null. Errors are `{ "error": "…" }` with status 400 (bad parameter), 404 (unknown record or day) or 405 (anything but GET, HEAD, OPTIONS). Text imported from Wikipedia is CC BY-SA; such events name their source and licence in `attribution`.',
      license: {
        name: 'Texts: as each event states; API description: CC BY-SA 4.0',
        identifier: 'CC-BY-SA-4.0',
      },
    },
    servers: [{ url: siteUrl, description: 'This Almanac site' }],
    tags: [
      {
        name: 'Events',
        description:
          'Events, births, deaths and observances, by day, year, category, tag and person.',
      },
      { name: 'Browse', description: 'Categories and tags to browse by.' },
      { name: 'Search', description: 'Full-text search.' },
      {
        name: 'Wikimedia-compatible',
        description: "Wikipedia's feed/onthisday answer, so existing clients work unchanged.",
      },
    ],
    paths: {
      '/api/v1/days/{day}': {
        get: {
          operationId: 'listDayEvents',
          summary: 'Events of a calendar day',
          description:
            'Every published entry dated to this day of the year (day-precision dates only), in year order: observances first, then BCE, then CE. 29 February is a day.',
          tags: ['Events'],
          parameters: [
            {
              name: 'day',
              in: 'path',
              required: true,
              description: 'The day as MM-DD (or its page name, february-1).',
              schema: { type: 'string' },
              example: '02-01',
            },
            param('kind'),
            ...pagedListParams,
          ],
          responses: { '200': ok('The day and one page of its entries.', 'DayEvents'), ...errors },
        },
      },
      '/api/v1/years/{year}': {
        get: {
          operationId: 'listYearEvents',
          summary: 'Events of a year',
          description:
            'Every published entry dated in a year, by month and day (those known only to the year first). Years use historical numbering: -44 or 44-bce is 44 BCE; there is no year 0.',
          tags: ['Events'],
          parameters: [
            {
              name: 'year',
              in: 'path',
              required: true,
              description: 'A year: 1924, -44 or 44-bce.',
              schema: { type: 'string' },
              example: '1924',
            },
            param('kind'),
            ...pagedListParams,
          ],
          responses: {
            '200': ok('The year and one page of its entries.', 'YearEvents'),
            ...errors,
          },
        },
      },
      '/api/v1/events/{slug}': {
        get: {
          operationId: 'getEvent',
          summary: 'One event in full',
          description:
            'Everything the event page shows: text (Markdown and HTML), dates, place, people with their roles, tags, references and links to related events both ways. A renamed event answers its old slug with 308 and the new URL.',
          tags: ['Events'],
          parameters: [slugParam('event', 'united-kingdom-recognises-the-soviet-union')],
          responses: {
            '200': ok('The event.', 'EventResponse'),
            '304': { $ref: '#/components/responses/NotModified' },
            '308': {
              description: 'The event has a new slug: follow Location.',
              headers: {
                Location: {
                  description: 'The current URL.',
                  schema: { type: 'string', format: 'uri' },
                },
              },
              content: { [JSON_TYPE]: { schema: ref('Error') } },
            },
            '404': { $ref: '#/components/responses/NotFound' },
          },
        },
      },
      '/api/v1/categories': {
        get: {
          operationId: 'listCategories',
          summary: 'Categories',
          description: 'Every category in the editors’ order, with its number of published events.',
          tags: ['Browse'],
          responses: {
            '200': ok('All categories.', 'CategoryList'),
            '304': { $ref: '#/components/responses/NotModified' },
          },
        },
      },
      '/api/v1/categories/{slug}': {
        get: {
          operationId: 'listCategoryEvents',
          summary: 'A category and its events',
          description:
            'Newest first unless order=oldest; optionally one kind and a range of years.',
          tags: ['Events'],
          parameters: [slugParam('category', 'politics-government'), ...scopeParams],
          responses: {
            '200': ok('The category and one page of its events.', 'CategoryEvents'),
            ...errors,
          },
        },
      },
      '/api/v1/tags': {
        get: {
          operationId: 'listTags',
          summary: 'Tags',
          description: 'Tags that have published events, by name, with their counts.',
          tags: ['Browse'],
          parameters: pagedListParams,
          responses: {
            '200': ok('One page of tags.', 'TagList'),
            '304': errors['304'],
            '400': errors['400'],
          },
        },
      },
      '/api/v1/tags/{slug}': {
        get: {
          operationId: 'listTagEvents',
          summary: 'A tag and its events',
          description:
            'Newest first unless order=oldest; optionally one kind and a range of years.',
          tags: ['Events'],
          parameters: [slugParam('tag', 'soviet-union'), ...scopeParams],
          responses: { '200': ok('The tag and one page of its events.', 'TagEvents'), ...errors },
        },
      },
      '/api/v1/people/{slug}': {
        get: {
          operationId: 'listPersonEvents',
          summary: 'A person and their events',
          description:
            'Their birth, death and the events they took part in, each with their role; oldest first unless order=newest.',
          tags: ['Events'],
          parameters: [slugParam('person', 'ramsay-macdonald'), ...scopeParams],
          responses: {
            '200': ok('The person and one page of their events.', 'PersonEvents'),
            ...errors,
          },
        },
      },
      '/api/v1/search': {
        get: {
          operationId: 'searchEvents',
          summary: 'Search',
          description:
            'Full-text search over published events (titles weigh most; the last word matches as a prefix, so "mussol" finds Mussolini). Any text is safe to send. Give q, a filter, or both. Pages hold 20 results.',
          tags: ['Search'],
          parameters: [
            {
              name: 'q',
              in: 'query',
              description: 'Words to search for (at most 500 characters).',
              schema: { type: 'string', maxLength: 500 },
              example: 'soviet recognition',
            },
            {
              name: 'category',
              in: 'query',
              description: 'Only this category (slug).',
              schema: { type: 'string' },
            },
            {
              name: 'tag',
              in: 'query',
              description: 'Only this tag (slug).',
              schema: { type: 'string' },
            },
            param('kind'),
            param('from'),
            param('to'),
            {
              name: 'sort',
              in: 'query',
              description:
                'relevance (the default with q), newest (the default without) or oldest.',
              schema: { enum: [...API_SEARCH_SORTS] },
            },
            param('cursor'),
          ],
          responses: {
            '200': ok('One page of results.', 'SearchResults'),
            '304': errors['304'],
            '400': errors['400'],
          },
        },
      },
      '/api/feed/onthisday/{type}/{mm}/{dd}': {
        get: {
          operationId: 'getOnThisDay',
          summary: 'Wikimedia-compatible "on this day"',
          description: `The answer of Wikipedia's feed/onthisday endpoint (wikifeeds spec, definitions.onthisdayResponse), built from Almanac's events: items {text, year, pages}, newest first, BCE years negative, holidays without a year. An imported entry's pages are the Wikipedia articles its text links, in order, with the article's titles and content_urls (pageid 0 and revision "0": Wikipedia's own are not known); an entry written in Almanac has summaries of Almanac's own event and person pages (a person's pageid is ${PERSON_PAGEID_OFFSET.toLocaleString('en')} plus their id). Also served at /api/rest_v1/feed/onthisday/…, Wikipedia's own path, and at /api/feed/v1/wikipedia/en/onthisday/…, the path of Wikimedia's API gateway. Errors are application/problem+json.`,
          tags: ['Wikimedia-compatible'],
          parameters: [
            {
              name: 'type',
              in: 'path',
              required: true,
              description:
                'all; selected (the day’s selected anniversaries: featured events, then the best-known entries and this year’s round anniversaries); events; births; deaths; holidays (observances). A single type answers with only its key.',
              schema: { enum: [...ONTHISDAY_TYPES] },
              example: 'all',
            },
            {
              name: 'mm',
              in: 'path',
              required: true,
              description: 'Month, 01–12.',
              schema: { type: 'string', pattern: '^\\d{1,2}$' },
              example: '02',
            },
            {
              name: 'dd',
              in: 'path',
              required: true,
              description: 'Day of the month, 01–31.',
              schema: { type: 'string', pattern: '^\\d{1,2}$' },
              example: '01',
            },
          ],
          responses: {
            '200': {
              description: 'Events on this day in history.',
              content: { 'application/json': { schema: ref('OnThisDayResponse') } },
            },
            '304': { $ref: '#/components/responses/NotModified' },
            '400': {
              description: 'A type, month or day the spec does not allow.',
              content: { 'application/problem+json': { schema: ref('Problem') } },
            },
            '404': {
              description: 'A day no year has, such as 02/30.',
              content: { 'application/problem+json': { schema: ref('Problem') } },
            },
          },
        },
      },
      '/api/feed/v1/wikipedia/{lang}/onthisday/{type}/{mm}/{dd}': {
        get: {
          operationId: 'getOnThisDayGateway',
          summary: 'Wikimedia-compatible "on this day" at the API gateway’s path',
          description:
            "The same answer as /api/feed/onthisday/{type}/{mm}/{dd}, with the same caching, at the path of Wikimedia's API gateway (api.wikimedia.org/feed/v1/wikipedia/{lang}/onthisday/…): a client of the gateway works with its base URL set to this site's /api. Almanac is in English: another language answers a problem+json 404.",
          tags: ['Wikimedia-compatible'],
          parameters: [
            {
              name: 'lang',
              in: 'path',
              required: true,
              description: 'The language of the Wikipedia: `en` only.',
              schema: { const: 'en' },
              example: 'en',
            },
            {
              name: 'type',
              in: 'path',
              required: true,
              description:
                'all; selected (the day’s selected anniversaries: featured events, then the best-known entries and this year’s round anniversaries); events; births; deaths; holidays (observances). A single type answers with only its key.',
              schema: { enum: [...ONTHISDAY_TYPES] },
              example: 'all',
            },
            {
              name: 'mm',
              in: 'path',
              required: true,
              description: 'Month, 01–12.',
              schema: { type: 'string', pattern: '^\\d{1,2}$' },
              example: '02',
            },
            {
              name: 'dd',
              in: 'path',
              required: true,
              description: 'Day of the month, 01–31.',
              schema: { type: 'string', pattern: '^\\d{1,2}$' },
              example: '01',
            },
          ],
          responses: {
            '200': {
              description: 'Events on this day in history.',
              content: { 'application/json': { schema: ref('OnThisDayResponse') } },
            },
            '304': { $ref: '#/components/responses/NotModified' },
            '400': {
              description: 'A type, month or day the spec does not allow.',
              content: { 'application/problem+json': { schema: ref('Problem') } },
            },
            '404': {
              description: 'A language other than en, or a day no year has, such as 02/30.',
              content: { 'application/problem+json': { schema: ref('Problem') } },
            },
          },
        },
      },
    },
    components: {
      parameters: {
        limit: {
          name: 'limit',
          in: 'query',
          description: `Items per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
          schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
        },
        cursor: {
          name: 'cursor',
          in: 'query',
          description:
            'Where the page starts: pagination.nextCursor of the previous answer, unchanged. Only valid for the list (and order) that made it.',
          schema: { type: 'string' },
        },
        kind: {
          name: 'kind',
          in: 'query',
          description: 'Only this kind of entry.',
          schema: { enum: [...API_KINDS] },
        },
        order: {
          name: 'order',
          in: 'query',
          description: 'newest or oldest first.',
          schema: { enum: [...API_ORDERS] },
        },
        from: {
          name: 'from',
          in: 'query',
          description: 'Earliest year, inclusive: 1924, -44 or 44-bce. Leaves out undated entries.',
          schema: { type: 'string' },
          example: '1900',
        },
        to: {
          name: 'to',
          in: 'query',
          description: 'Latest year, inclusive.',
          schema: { type: 'string' },
          example: '1999',
        },
      },
      headers: {
        ETag: {
          description: 'A hash of the body; send it back in If-None-Match.',
          schema: { type: 'string' },
        },
        CacheControl: {
          description: 'How long browsers and shared caches may keep the answer.',
          schema: { type: 'string' },
        },
      },
      responses: {
        NotModified: { description: 'The If-None-Match tag still names this answer: no body.' },
        BadRequest: {
          description: 'A parameter is not valid; the message says which and how.',
          content: {
            [JSON_TYPE]: {
              schema: ref('Error'),
              example: { error: `limit must be at most ${MAX_LIMIT}` },
            },
          },
        },
        NotFound: {
          description: 'No such record or day.',
          content: {
            [JSON_TYPE]: {
              schema: ref('Error'),
              example: { error: 'No published event has the slug "x"' },
            },
          },
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'string' } },
          additionalProperties: false,
        },
        Pagination: {
          type: 'object',
          required: ['limit', 'nextCursor', 'next'],
          properties: {
            limit: { type: 'integer', minimum: 1 },
            nextCursor: { ...nullable('string'), description: 'null on the last page.' },
            next: {
              type: ['string', 'null'],
              format: 'uri',
              description: 'The next page’s URL; null on the last page.',
            },
          },
          additionalProperties: false,
        },
        Date: {
          type: 'object',
          required: ['year', 'month', 'day', 'precision', 'circa', 'calendar', 'label'],
          properties: {
            year: {
              ...nullable('integer'),
              description: 'Historical numbering: -44 is 44 BCE; no year 0. null for observances.',
            },
            month: { type: ['integer', 'null'], minimum: 1, maximum: 12 },
            day: { type: ['integer', 'null'], minimum: 1, maximum: 31 },
            precision: { enum: ['day', 'month', 'year', 'decade', 'century'] },
            circa: { type: 'boolean' },
            calendar: {
              enum: ['gregorian', 'julian'],
              description: 'The calendar the date is recorded in.',
            },
            label: {
              type: 'string',
              description: 'As the site shows it: "1 February 1924", "44 BCE", "c. 1440".',
            },
          },
          additionalProperties: false,
        },
        PartialDate: {
          type: 'object',
          required: ['year', 'month', 'day', 'label'],
          properties: {
            year: nullable('integer'),
            month: nullable('integer'),
            day: nullable('integer'),
            label: { type: 'string' },
          },
          additionalProperties: false,
        },
        CategoryRef: { ...linkRef, additionalProperties: false },
        EventSummaryFields: eventSummaryFields,
        EventSummary: {
          type: 'object',
          allOf: [ref('EventSummaryFields')],
          unevaluatedProperties: false,
        },
        PersonEvent: {
          type: 'object',
          allOf: [ref('EventSummaryFields')],
          required: ['role'],
          properties: { role: { type: 'string', description: 'The part the person played.' } },
          unevaluatedProperties: false,
        },
        SearchHit: {
          type: 'object',
          allOf: [ref('EventSummaryFields')],
          required: ['snippet'],
          properties: {
            snippet: {
              type: 'array',
              description:
                'A passage around the matched words; `hit` marks them. Empty when only the title, people or tags matched.',
              items: {
                type: 'object',
                required: ['text', 'hit'],
                properties: { text: { type: 'string' }, hit: { type: 'boolean' } },
                additionalProperties: false,
              },
            },
          },
          unevaluatedProperties: false,
        },
        EventDetail: {
          type: 'object',
          allOf: [ref('EventSummaryFields')],
          required: [
            'keyPoints',
            'body',
            'bodyHtml',
            ...API_FIELDS,
            'endDate',
            'location',
            'image',
            'people',
            'tags',
            'references',
            'links',
            'attribution',
            'updatedAt',
          ],
          properties: {
            keyPoints: { type: 'array', items: { type: 'string' } },
            body: { type: 'string', description: 'Markdown.' },
            bodyHtml: { type: 'string', description: 'The body as sanitised HTML.' },
            ...fieldRecord(API_FIELDS, fieldProperty),
            endDate: { oneOf: [ref('Date'), { type: 'null' }], description: 'For spans.' },
            location: {
              oneOf: [
                {
                  type: 'object',
                  required: ['name', 'latitude', 'longitude'],
                  properties: {
                    name: nullable('string'),
                    latitude: nullable('number'),
                    longitude: nullable('number'),
                  },
                  additionalProperties: false,
                },
                { type: 'null' },
              ],
            },
            image: {
              oneOf: [
                {
                  type: 'object',
                  required: ['url', 'alt', 'credit'],
                  properties: {
                    url: { type: 'string', format: 'uri' },
                    alt: { type: 'string' },
                    credit: nullable('string'),
                  },
                  additionalProperties: false,
                },
                { type: 'null' },
              ],
            },
            people: {
              type: 'array',
              items: {
                ...linkRef,
                required: [...linkRef.required, 'role'],
                properties: { ...linkRef.properties, role: { type: 'string' } },
                additionalProperties: false,
              },
            },
            tags: { type: 'array', items: { ...linkRef, additionalProperties: false } },
            references: {
              type: 'array',
              items: {
                type: 'object',
                required: ['url', 'title', 'publisher', 'accessedAt'],
                properties: {
                  url: { type: 'string' },
                  title: { type: 'string' },
                  publisher: nullable('string'),
                  accessedAt: { type: ['string', 'null'], format: 'date' },
                },
                additionalProperties: false,
              },
            },
            links: {
              type: 'array',
              description:
                'Related events, seen from this one: a "led_to" link stored on the other event reads "result_of" here.',
              items: {
                type: 'object',
                required: ['relation', 'label', 'event'],
                properties: {
                  relation: {
                    enum: ['related', 'led_to', 'result_of', 'part_of', 'includes', 'same_story'],
                  },
                  label: { type: 'string' },
                  event: ref('EventSummary'),
                },
                additionalProperties: false,
              },
            },
            attribution: {
              oneOf: [
                {
                  type: 'object',
                  required: ['source', 'url', 'license'],
                  properties: {
                    source: nullable('string'),
                    url: nullable('string'),
                    license: nullable('string'),
                  },
                  additionalProperties: false,
                },
                { type: 'null' },
              ],
              description: 'Where imported text came from; null for our editors’ own writing.',
            },
            updatedAt: { type: 'string', format: 'date-time' },
          },
          unevaluatedProperties: false,
        },
        EventResponse: {
          type: 'object',
          required: ['data'],
          properties: { data: ref('EventDetail') },
          additionalProperties: false,
        },
        DayEvents: listOf(
          {
            day: {
              type: 'object',
              required: ['month', 'day', 'label', 'url', 'apiUrl'],
              properties: {
                month: { type: 'integer' },
                day: { type: 'integer' },
                label: { type: 'string' },
                url: { type: 'string', format: 'uri' },
                apiUrl: { type: 'string', format: 'uri' },
              },
              additionalProperties: false,
            },
          },
          'EventSummary',
        ),
        YearEvents: listOf(
          {
            year: {
              type: 'object',
              required: ['year', 'label', 'url', 'apiUrl'],
              properties: {
                year: { type: 'integer' },
                label: { type: 'string' },
                url: { type: 'string', format: 'uri' },
                apiUrl: { type: 'string', format: 'uri' },
              },
              additionalProperties: false,
            },
          },
          'EventSummary',
        ),
        Category: {
          type: 'object',
          required: ['slug', 'name', 'description', 'color', 'url', 'apiUrl'],
          properties: {
            ...linkRef.properties,
            description: { type: 'string' },
            color: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' },
          },
          additionalProperties: false,
        },
        CategoryList: {
          type: 'object',
          required: ['data'],
          properties: {
            data: {
              type: 'array',
              items: {
                type: 'object',
                required: ['slug', 'name', 'description', 'color', 'eventCount', 'url', 'apiUrl'],
                properties: {
                  ...linkRef.properties,
                  description: { type: 'string' },
                  color: { type: 'string' },
                  eventCount: { type: 'integer', minimum: 0 },
                },
                additionalProperties: false,
              },
            },
          },
          additionalProperties: false,
        },
        CategoryEvents: listOf({ category: ref('Category') }, 'EventSummary'),
        TagList: listOf({}, 'TagWithCount'),
        TagWithCount: {
          type: 'object',
          required: ['slug', 'name', 'eventCount', 'url', 'apiUrl'],
          properties: { ...linkRef.properties, eventCount: { type: 'integer', minimum: 1 } },
          additionalProperties: false,
        },
        TagEvents: listOf({ tag: { ...linkRef, additionalProperties: false } }, 'EventSummary'),
        Person: {
          type: 'object',
          required: [
            'slug',
            'name',
            'description',
            'born',
            'died',
            'referenceUrl',
            'url',
            'apiUrl',
          ],
          properties: {
            ...linkRef.properties,
            description: { type: 'string' },
            born: { oneOf: [ref('PartialDate'), { type: 'null' }] },
            died: { oneOf: [ref('PartialDate'), { type: 'null' }] },
            referenceUrl: nullable('string'),
          },
          additionalProperties: false,
        },
        PersonEvents: listOf({ person: ref('Person') }, 'PersonEvent'),
        SearchResults: listOf(
          {
            query: {
              type: 'object',
              required: ['q', 'terms', 'category', 'tag', 'kind', 'from', 'to', 'sort'],
              properties: {
                q: { type: 'string' },
                terms: {
                  type: 'array',
                  items: { type: 'string' },
                  description: 'The words searched for, after cleaning.',
                },
                category: nullable('string'),
                tag: nullable('string'),
                kind: { enum: [...API_KINDS, null] },
                from: nullable('integer'),
                to: nullable('integer'),
                sort: { enum: [...API_SEARCH_SORTS] },
              },
              additionalProperties: false,
            },
            total: { type: 'integer', minimum: 0 },
          },
          'SearchHit',
        ),
        Problem: {
          type: 'object',
          description: 'RFC 7807 problem, as Wikipedia’s API sends errors.',
          required: ['status', 'type', 'title', 'detail', 'method', 'uri'],
          properties: {
            status: { type: 'integer' },
            type: { type: 'string' },
            title: { type: 'string' },
            detail: { type: 'string' },
            method: { type: 'string' },
            uri: { type: 'string' },
          },
          additionalProperties: false,
        },
        OnThisDayResponse: {
          type: 'object',
          properties: Object.fromEntries(
            ['selected', 'events', 'births', 'deaths', 'holidays'].map((k) => [
              k,
              { type: 'array', items: ref('OnThisDayItem') },
            ]),
          ),
          additionalProperties: false,
        },
        OnThisDayItem: {
          type: 'object',
          required: ['text', 'pages'],
          properties: {
            text: { type: 'string' },
            year: { type: 'integer', description: 'Negative for BCE; absent for holidays.' },
            pages: { type: 'array', items: ref('PageSummary') },
          },
          additionalProperties: false,
        },
        PageSummary: {
          type: 'object',
          description:
            'A page summary as Wikipedia’s (definitions.summary), describing the Wikipedia article an imported entry links, or an Almanac page.',
          required: [
            'type',
            'title',
            'displaytitle',
            'normalizedtitle',
            'namespace',
            'titles',
            'pageid',
            'lang',
            'dir',
            'revision',
            'timestamp',
            'content_urls',
            'extract',
            'extract_html',
          ],
          properties: {
            type: { const: 'standard' },
            title: { type: 'string', description: 'Deprecated by Wikipedia: titles.canonical.' },
            displaytitle: {
              type: 'string',
              description: 'Deprecated by Wikipedia: titles.display.',
            },
            normalizedtitle: {
              type: 'string',
              description: 'Deprecated by Wikipedia: titles.normalized.',
            },
            namespace: {
              type: 'object',
              required: ['id', 'text'],
              properties: { id: { type: 'integer' }, text: { type: 'string' } },
              additionalProperties: false,
            },
            titles: {
              type: 'object',
              required: ['canonical', 'normalized', 'display'],
              properties: {
                canonical: { type: 'string' },
                normalized: { type: 'string' },
                display: {
                  type: 'string',
                  description: 'HTML, as Wikipedia’s: only &, < and > are escaped.',
                },
              },
              additionalProperties: false,
            },
            pageid: {
              type: 'integer',
              minimum: 0,
              description: 'An Almanac page’s id; 0 for a Wikipedia article (its id is not known).',
            },
            thumbnail: imageProps,
            originalimage: imageProps,
            lang: { type: 'string', description: 'en, or the language of a linked Wikipedia.' },
            dir: { enum: ['ltr', 'rtl'] },
            revision: {
              type: 'string',
              description: 'The latest revision’s id; "0" for people and Wikipedia articles.',
            },
            timestamp: { type: 'string', format: 'date-time' },
            description: { type: 'string' },
            description_source: { const: 'local' },
            coordinates: {
              type: 'object',
              required: ['lat', 'lon'],
              properties: { lat: { type: 'number' }, lon: { type: 'number' } },
              additionalProperties: false,
            },
            content_urls: {
              type: 'object',
              required: ['desktop', 'mobile'],
              properties: { desktop: contentUrls, mobile: contentUrls },
              additionalProperties: false,
            },
            extract: { type: 'string' },
            extract_html: { type: 'string' },
          },
          additionalProperties: false,
        },
      },
    },
  };
}
