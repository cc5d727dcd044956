export { certificatesRouter } from './certificates.routes';
export type { CertificatesDeps } from './certificates.controller';
export {
  certificateUrl,
  certificatePdfUrl,
  formatDate,
  formatNumber,
  formatPercent,
  wholePercent,
} from './locale-format';
