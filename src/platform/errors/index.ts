export * from './app-error';
export { normalizeError } from './normalize-error';
