import 'server-only';

/*
 * The store: every read and write of Almanac's data that code outside db/ may use, each returning a
 * promise, so that a database reached over the network can implement the same functions. This file
 * is the seam: callers import from '@/db/store' only (eslint.config.mjs enforces it), and a second
 * backend implements what is exported here. Today's implementation is SQLite (db/queries/*, the
 * schema, the connection and migrations beside them): better-sqlite3 is synchronous, so each
 * function runs its IMMEDIATE transaction at once and `later` hands back its result as a promise.
 * Nothing outside db/ may assume that a call has finished before its promise resolves.
 */

import * as apiOnthisday from './queries/api-onthisday';
import * as apiV1 from './queries/api-v1';
import * as authSessions from './queries/auth-sessions';
import * as backup from './queries/backup';
import * as cacheTags from './queries/cache-tags';
import * as categories from './queries/categories';
import * as commandLine from './queries/command-line';
import * as corrections from './queries/corrections';
import * as dashboard from './queries/dashboard';
import * as days from './queries/days';
import * as eventAutosave from './queries/event-autosave';
import * as eventBulk from './queries/event-bulk';
import * as eventEditor from './queries/event-editor';
import * as eventPreview from './queries/event-preview';
import * as events from './queries/events';
import * as exportAdmin from './queries/export-admin';
import * as feeds from './queries/feeds';
import * as graph from './queries/graph';
import * as importer from './queries/import';
import * as importJobs from './queries/import-jobs';
import * as importRun from './queries/import-run';
import * as latest from './queries/latest';
import * as listing from './queries/listing';
import * as loginAttempts from './queries/login-attempts';
import * as people from './queries/people';
import * as presence from './queries/presence';
import * as review from './queries/review';
import * as revisions from './queries/revisions';
import * as search from './queries/search';
import * as selected from './queries/selected';
import * as siteSettings from './queries/site-settings';
import * as sitemap from './queries/sitemap';
import * as tags from './queries/tags';
import * as taxonomyAdmin from './queries/taxonomy-admin';
import * as taxonomyWrite from './queries/taxonomy-write';
import * as users from './queries/users';
import * as years from './queries/years';

type Later<F> = F extends (...args: infer A) => infer R
  ? (...args: A) => Promise<Awaited<R>>
  : never;

/** A store function as callers see it: asynchronous, its errors as rejections. */
function later<F extends (...args: never[]) => unknown>(f: F): Later<F> {
  return ((...args: Parameters<F>) =>
    new Promise((resolve) => resolve(f(...args) as Awaited<ReturnType<F>>))) as Later<F>;
}

// api-onthisday
export const listOnThisDayEntries = later(apiOnthisday.listOnThisDayEntries);
// api-v1
export const getApiEvent = later(apiV1.getApiEvent);
export const listApiDayEvents = later(apiV1.listApiDayEvents);
export const listApiRowsByIds = later(apiV1.listApiRowsByIds);
export const listApiScopeEvents = later(apiV1.listApiScopeEvents);
export const listApiTags = later(apiV1.listApiTags);
export const listApiYearEvents = later(apiV1.listApiYearEvents);
export const listPersonRoles = later(apiV1.listPersonRoles);
// auth-sessions
export const endSession = later(authSessions.endSession);
export const sessionUserFromClaims = later(authSessions.sessionUserFromClaims);
// backup
export const backupDatabase = later(backup.backupDatabase);
export const restoreDatabase = later(backup.restoreDatabase);
// cache-tags
export const expireCacheTags = later(cacheTags.expireCacheTags);
// categories
export const getCategoryBySlug = later(categories.getCategoryBySlug);
export const listCategoriesWithCounts = later(categories.listCategoriesWithCounts);
// command-line
export const closeDatabase = later(commandLine.closeDatabase);
export const createFirstAdminIfNone = later(commandLine.createFirstAdminIfNone);
export const createUserFromCommandLine = later(commandLine.createUserFromCommandLine);
export const exportAlmanac = later(commandLine.exportAlmanac);
export const findActiveUserIdByEmail = later(commandLine.findActiveUserIdByEmail);
export const migrateDatabase = later(commandLine.migrateDatabase);
export const resetPasswordFromCommandLine = later(commandLine.resetPasswordFromCommandLine);
export const seedSampleContent = later(commandLine.seedSampleContent);
// corrections
export const acceptCorrection = later(corrections.acceptCorrection);
export const getReportableEvent = later(corrections.getReportableEvent);
export const listCorrections = later(corrections.listCorrections);
export const rejectCorrection = later(corrections.rejectCorrection);
export const submitCorrectionReport = later(corrections.submitCorrectionReport);
// dashboard
export const getDashboardCounts = later(dashboard.getDashboardCounts);
// days
export const getDayNeighbours = later(days.getDayNeighbours);
export const getDayOverview = later(days.getDayOverview);
export const listDayEntriesOfKind = later(days.listDayEntriesOfKind);
export const listMoreFromDay = later(days.listMoreFromDay);
// event-bulk
export const bulkEditEvents = later(eventBulk.bulkEditEvents);
export const countTrash = later(eventBulk.countTrash);
export const emptyTrash = later(eventBulk.emptyTrash);
export const purgeEvents = later(eventBulk.purgeEvents);
// event-autosave
export const discardAutosave = later(eventAutosave.discardAutosave);
export const getAutosave = later(eventAutosave.getAutosave);
export const saveAutosave = later(eventAutosave.saveAutosave);
// event-preview
export const getDayPreview = later(eventPreview.getDayPreview);
export const getEventPreview = later(eventPreview.getEventPreview);
// event-editor
export const bulkSetStatus = later(eventEditor.bulkSetStatus);
export const createEvent = later(eventEditor.createEvent);
export const getEventForEditor = later(eventEditor.getEventForEditor);
export const getMyLatestCreatedEvent = later(eventEditor.getMyLatestCreatedEvent);
export const listCategoryOptions = later(eventEditor.listCategoryOptions);
export const listEventsForEditor = later(eventEditor.listEventsForEditor);
export const publishDueEvents = later(eventEditor.publishDueEvents);
export const searchEventsForLinking = later(eventEditor.searchEventsForLinking);
export const setEventStatus = later(eventEditor.setEventStatus);
export const updateEvent = later(eventEditor.updateEvent);
// events
export const getEventById = later(events.getEventById);
export const listRelatedEvents = later(events.listRelatedEvents);
export const resolveEventSlug = later(events.resolveEventSlug);
// export-admin
export const countExportEvents = later(exportAdmin.countExportEvents);
export const openAlmanacExport = later(exportAdmin.openAlmanacExport);
// feeds
export const getEventPublishedAt = later(feeds.getEventPublishedAt);
export const listCategoryAnniversaryEvents = later(feeds.listCategoryAnniversaryEvents);
export const listCategoryFeedEvents = later(feeds.listCategoryFeedEvents);
export const listDayFeedEvents = later(feeds.listDayFeedEvents);
// import
export const importCategoryExists = later(importer.importCategoryExists);
// import-jobs
export const beginImportJob = later(importJobs.beginImportJob);
export const createImportJob = later(importJobs.createImportJob);
export const discardImportJob = later(importJobs.discardImportJob);
export const getImportJob = later(importJobs.getImportJob);
export const listImportCategoryOptions = later(importJobs.listImportCategoryOptions);
export const listImportJobs = later(importJobs.listImportJobs);
export const runImportJob = later(importJobs.runImportJob);
// graph
export const listGraphNeighbours = later(graph.listGraphNeighbours);
export const listInlineLinks = later(graph.listInlineLinks);
// import-run
export const importFiles = later(importRun.importFiles);
export const previewImportFiles = later(importRun.previewImportFiles);
// latest
export const countPublicEvents = later(latest.countPublicEvents);
export const listLatestPublished = later(latest.listLatestPublished);
// listing
export const listCenturiesInScope = later(listing.listCenturiesInScope);
export const listEventsInScope = later(listing.listEventsInScope);
export const listScopeHighlights = later(listing.listScopeHighlights);
// login-attempts
export const attemptSignIn = later(loginAttempts.attemptSignIn);
// people
export const countPeopleByInitial = later(people.countPeopleByInitial);
export const countPeopleByPrefix = later(people.countPeopleByPrefix);
export const listBestKnownPeople = later(people.listBestKnownPeople);
export const getPersonBySlug = later(people.getPersonBySlug);
export const listEventsForPerson = later(people.listEventsForPerson);
export const listPeopleByInitial = later(people.listPeopleByInitial);
// presence
export const leavePresence = later(presence.leavePresence);
export const touchPresence = later(presence.touchPresence);
// review
export const approveReview = later(review.approveReview);
export const getReviewPanel = later(review.getReviewPanel);
export const listReviewQueue = later(review.listReviewQueue);
export const listReviewSteps = later(review.listReviewSteps);
export const sendBackReview = later(review.sendBackReview);
export const submitForReview = later(review.submitForReview);
// revisions
export const getEventHeading = later(revisions.getEventHeading);
export const getRevisionsByVersion = later(revisions.getRevisionsByVersion);
export const listRevisions = later(revisions.listRevisions);
export const restoreRevision = later(revisions.restoreRevision);
// search
export const listSearchFilterOptions = later(search.listSearchFilterOptions);
export const searchEvents = later(search.searchEvents);
// selected
export const listSelectedForDay = later(selected.listSelectedForDay);
// site-settings
export const getReviewRequired = later(siteSettings.getReviewRequired);
export const getSiteSettings = later(siteSettings.getSiteSettings);
export const setReviewRequired = later(siteSettings.setReviewRequired);
// sitemap
export const countSitemapSections = later(sitemap.countSitemapSections);
export const listSitemapEntries = later(sitemap.listSitemapEntries);
// tags
export const getTagBySlug = later(tags.getTagBySlug);
export const listTagIndex = later(tags.listTagIndex);
export const listTagsWithCounts = later(tags.listTagsWithCounts);
// taxonomy-admin
export const createCategory = later(taxonomyAdmin.createCategory);
export const deleteCategory = later(taxonomyAdmin.deleteCategory);
export const deleteTag = later(taxonomyAdmin.deleteTag);
export const findAuditEntityLinks = later(taxonomyAdmin.findAuditEntityLinks);
export const findPersonIdBySlug = later(taxonomyAdmin.findPersonIdBySlug);
export const getPersonForEditor = later(taxonomyAdmin.getPersonForEditor);
export const getTagForEditor = later(taxonomyAdmin.getTagForEditor);
export const listAuditFilterOptions = later(taxonomyAdmin.listAuditFilterOptions);
export const listAuditLog = later(taxonomyAdmin.listAuditLog);
export const listCategoriesForAdmin = later(taxonomyAdmin.listCategoriesForAdmin);
export const listPeopleForEditor = later(taxonomyAdmin.listPeopleForEditor);
export const listTagOptions = later(taxonomyAdmin.listTagOptions);
export const listTagsForEditor = later(taxonomyAdmin.listTagsForEditor);
export const mergeCategories = later(taxonomyAdmin.mergeCategories);
export const mergePeople = later(taxonomyAdmin.mergePeople);
export const mergeTags = later(taxonomyAdmin.mergeTags);
export const moveCategory = later(taxonomyAdmin.moveCategory);
export const renameTag = later(taxonomyAdmin.renameTag);
export const updateCategory = later(taxonomyAdmin.updateCategory);
export const updatePerson = later(taxonomyAdmin.updatePerson);
// taxonomy-write
export const searchPeople = later(taxonomyWrite.searchPeople);
export const searchTags = later(taxonomyWrite.searchTags);
// users
export const changeUserRole = later(users.changeUserRole);
export const createUser = later(users.createUser);
export const listUsers = later(users.listUsers);
export const resetUserPassword = later(users.resetUserPassword);
export const setUserDisabled = later(users.setUserDisabled);
// years
export const getYearNeighbours = later(years.getYearNeighbours);
export const getYearOverview = later(years.getYearOverview);
export const listYearCounts = later(years.listYearCounts);
export const listYearEntriesOfKind = later(years.listYearEntriesOfKind);

// The refusal backups and restores end with (its message is for the command line).
export { BackupError } from './queries/backup';

// Limits and choices callers show or pass back.
export { CATEGORY_CALENDAR_SIZE } from './queries/feeds';
export { DEFAULT_IMPORT_CATEGORY, IMPORT_MAX_BYTES, IMPORT_MAX_FILES } from './queries/import-jobs';
export { BULK_LIMIT } from './queries/event-bulk';
export { REVIEW_NOTE_MAX } from './queries/review';
export { SEARCH_PAGE_SIZE } from './queries/search';
export { SITEMAP_SECTIONS } from './queries/sitemap';
export { ADMIN_PAGE_SIZE, AUDIT_PAGE_SIZE } from './queries/taxonomy-admin';

// The shapes the store's functions take and return.
export type { ApiScope } from './queries/api-v1';
export type { BackupResult, DatabaseCounts, RestoreResult, SchemaLevel } from './queries/backup';
export type { CategoryChip, CenturyCount, DateFields, EventCard, EventLine } from './queries/cards';
export type { CategorySummary } from './queries/categories';
export type { CorrectionStatus, ResolveResult } from './queries/corrections';
export type { DayNeighbours, DayOverview } from './queries/days';
export type { DayKindDigest, YearKindDigest } from './queries/digest';
export type { BulkChange } from './queries/event-bulk';
export type { SaveFailure } from './queries/event-editor';
export type { EventDetail } from './queries/events';
export type { Autosave } from './queries/event-autosave';
export type { EventPreview } from './queries/event-preview';
export type { ImportProgress } from './queries/import';
export type { ImportJobSummary, ImportJobView } from './queries/import-jobs';
export type { PublishedCard } from './queries/latest';
export type { ListingScope, YearRange } from './queries/listing';
export type { InitialCount, PersonDetail, PersonListItem } from './queries/people';
export type {
  EventReviewView,
  ReviewFailure,
  ReviewPanelData,
  ReviewQueue,
  ReviewQueueItem,
  ReviewStep,
} from './queries/review';
export type { SiteSettings } from './queries/site-settings';
export type { SearchEntity, SearchFilterOptions, SearchHit } from './queries/search';
export type { SelectedEntry } from './queries/selected';
export type { SitemapSection } from './queries/sitemap';
export type { TagSummary, TagWithCount } from './queries/tags';
export type { GraphNeighbours, SourceLink } from './queries/graph';
export type { AuditRow } from './queries/taxonomy-admin';
export type { YearCount, YearNeighbours, YearOverview } from './queries/years';
