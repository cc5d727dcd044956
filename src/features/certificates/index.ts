export { certificatesRouter } from './certificates.routes';
