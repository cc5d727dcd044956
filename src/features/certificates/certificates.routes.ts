import { Router } from 'express';
import { certificatesController, type CertificatesDeps } from './certificates.controller';

/** Public certificate pages (/certificates/:id) and their PDF (/certificates/:id.pdf); no login needed. */
export function certificatesRouter(deps: CertificatesDeps): Router {
  const c = certificatesController(deps);
  const router = Router();
  // The PDF first: `:id` alone would also match "<id>.pdf".
  router.get('/certificates/:id.pdf', c.pdf);
  router.get('/certificates/:id', c.show);
  return router;
}
