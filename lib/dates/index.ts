export * from './calendar-day';
export * from './format';
export * from './historical-date';
export * from './how-long-ago';
export * from './today';
