/** Addresses of a certificate (the formatting of dates and numbers is in platform/i18n/format). */

/** The public page of a certificate. */
export function certificateUrl(certificateId: string): string {
  return `/certificates/${certificateId}`;
}

/** The PDF of a certificate. */
export function certificatePdfUrl(certificateId: string): string {
  return `${certificateUrl(certificateId)}.pdf`;
}
