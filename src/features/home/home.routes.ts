import { Router } from 'express';

/** The front page: what Tessera is and where to start. */
export function homeRouter(): Router {
  const router = Router();
  router.get('/', (req, res) => {
    res.render('home/index', { title: req.t('home:title') });
  });
  return router;
}
