export * from './school-file';
export * from './calendar';
export * from './words';
