import type { Translate } from '../../platform/i18n';
import type { PublicCertificate } from './certificate.service';
import { formatDate, formatNumber, formatPercent } from '../../platform/i18n';
import { certificatePdfUrl, certificateUrl } from './locale-format';

/** Everything the certificate page and its PDF print, already in the visitor's language. */
export interface CertificateView {
  id: string;
  packId: string;
  learnerName: string;
  title: string;
  /** Language the title is written in (may differ from the page's: then marked with `lang`). */
  titleLanguage: string;
  version: string;
  issuedAtIso: string;
  date: string;
  score: string;
  hours: string;
  /** The raw hours, for choosing "hour" or "hours" (see hoursLabel). */
  hoursCount: number;
  verificationUrl: string;
  pdfUrl: string;
}

/** Where the site is reachable: the configured public URL, else the scheme and host the request came to. */
export function siteBaseUrl(
  publicUrl: string | undefined,
  request: { protocol: string; host: string | undefined },
): string {
  if (publicUrl !== undefined && publicUrl !== '') return publicUrl.replace(/\/+$/, '');
  return `${request.protocol}://${request.host ?? 'localhost'}`;
}

/** The module title in the visitor's language when the certificate recorded one, else in the source language. */
export function certificateTitle(
  certificate: Pick<PublicCertificate, 'titles' | 'sourceLanguage' | 'packId'>,
  language: string,
): { title: string; language: string } {
  const translated = certificate.titles[language];
  if (translated) return { title: translated, language };
  const source = certificate.titles[certificate.sourceLanguage];
  return { title: source ?? certificate.packId, language: certificate.sourceLanguage };
}

/** Pure: the certificate as the page and PDF show it to a visitor reading in `language`. */
export function certificateView(
  certificate: PublicCertificate,
  options: { language: string; baseUrl: string },
): CertificateView {
  const id = certificate._id.toHexString();
  const { title, language: titleLanguage } = certificateTitle(certificate, options.language);
  return {
    id,
    packId: certificate.packId,
    learnerName: certificate.learnerName,
    title,
    titleLanguage,
    version: certificate.packVersion,
    issuedAtIso: certificate.issuedAt.toISOString(),
    date: formatDate(certificate.issuedAt, options.language),
    score: formatPercent(certificate.score, options.language),
    hours: formatNumber(certificate.hours, options.language),
    hoursCount: certificate.hours,
    verificationUrl: `${options.baseUrl}${certificateUrl(id)}`,
    pdfUrl: certificatePdfUrl(id),
  };
}

/** The download's file name: ASCII only (pack ids are kebab-case ASCII), so every browser keeps it. */
export function pdfFileName(view: Pick<CertificateView, 'packId'>): string {
  return `tessera-certificate-${view.packId}.pdf`;
}

/**
 * "1 hour", "1,5 ώρες". In all six interface languages only exactly 1 takes the singular, so the form is chosen
 * here rather than with i18next plural suffixes (whose sets differ by language: es and it also have "many").
 */
export function hoursLabel(view: Pick<CertificateView, 'hours' | 'hoursCount'>, t: Translate): string {
  return t(view.hoursCount === 1 ? 'certificates:hours.one' : 'certificates:hours.other', { hours: view.hours });
}
