export { certificatesRouter } from './certificates.routes';
export type { CertificatesDeps } from './certificates.controller';
export { certificateUrl, certificatePdfUrl } from './locale-format';
