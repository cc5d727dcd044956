import mongoose from 'mongoose';
import { certificateModel, type CertificateRecord } from '../learning/certificate.model';

/** What a certificate shows to anyone holding its link: never the learner's id, email or anything else. */
export type PublicCertificate = Omit<CertificateRecord, 'learnerId'>;

/** The certificate with this id (one round trip), or null when there is none. Validate the id first. */
export async function findCertificate(certificateId: string): Promise<PublicCertificate | null> {
  // 24 hex characters only: mongoose would also take any 12-character string as an id.
  if (!/^[0-9a-fA-F]{24}$/.test(certificateId)) return null;
  return certificateModel()
    .findById(new mongoose.Types.ObjectId(certificateId), { learnerId: 0 })
    .lean<PublicCertificate>();
}
