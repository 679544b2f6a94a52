export * from './school-file';
export * from './calendar';
