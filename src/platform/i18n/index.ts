export * from './languages';
export { createI18n, type I18n, type Translate } from './i18n';
export { negotiateLanguage, type LanguageSignals } from './negotiate';
export { formatDate, formatHours, formatMinutes, formatNumber, formatPercent, wholePercent } from './format';
