import type { Request, Response } from 'express';
import type { Config } from '../../config';
import type { CatalogCache } from '../catalog';
import { moduleUrl } from '../../content/pack/pack-urls';
import { renderCertificatePdf, certificatePdfText } from './certificate-pdf';
import { findCertificate } from './certificate.service';
import { certificateView, hoursLabel, pdfFileName, siteBaseUrl, type CertificateView } from './certificate-view';
import { certificateParams } from './certificates.schemas';

/** What the certificate pages need from the app. */
export interface CertificatesDeps {
  catalog: CatalogCache;
  /** `publicUrl` makes verification URLs independent of the host a request came to. */
  config?: Pick<Config, 'publicUrl'>;
}

/** Unknown and malformed ids look the same: a 404 page that says what to check. */
function notFound(req: Request, res: Response): void {
  res.status(404).render('certificates/not-found', { title: req.t('certificates:not_found.title') });
}

function pageLocals(req: Request, view: CertificateView, published: boolean): Record<string, unknown> {
  return {
    title: req.t('certificates:title', { module: view.title }),
    certificate: view,
    hours: hoursLabel(view, req.t),
    moduleLink: published ? moduleUrl(view.packId) : null,
  };
}

/** Handlers for the public certificate page and its PDF. */
export function certificatesController(deps: CertificatesDeps) {
  async function load(req: Request): Promise<CertificateView | null> {
    const params = certificateParams.safeParse(req.params);
    const certificate = params.success ? await findCertificate(params.data.id) : null;
    if (!certificate) return null;
    const baseUrl = siteBaseUrl(deps.config?.publicUrl, { protocol: req.protocol, host: req.get('host') });
    return certificateView(certificate, { language: req.language, baseUrl });
  }

  return {
    show: async (req: Request, res: Response): Promise<void> => {
      const view = await load(req);
      if (!view) {
        notFound(req, res);
        return;
      }
      const published = deps.catalog.current().packs.has(view.packId);
      // Public by link, but a person's name: keep it out of search engines.
      res.set('X-Robots-Tag', 'noindex').render('certificates/show', pageLocals(req, view, published));
    },

    pdf: async (req: Request, res: Response): Promise<void> => {
      const view = await load(req);
      if (!view) {
        notFound(req, res);
        return;
      }
      const body = await renderCertificatePdf(view, certificatePdfText(view, req.t), req.language);
      res.set('X-Robots-Tag', 'noindex').attachment(pdfFileName(view)).type('application/pdf').send(body);
    },
  };
}
