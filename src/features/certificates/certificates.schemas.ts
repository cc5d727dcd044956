import { z } from 'zod';

/** A certificate id in a URL: a MongoDB ObjectId written as 24 hex characters. */
export const certificateParams = z.object({ id: z.string().regex(/^[0-9a-fA-F]{24}$/) });

/** The validated URL parameters of a certificate page. */
export type CertificateParams = z.infer<typeof certificateParams>;
