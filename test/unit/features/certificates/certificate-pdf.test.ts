import mongoose from 'mongoose';
import { certificatePdfText, renderCertificatePdf } from '../../../../src/features/certificates/certificate-pdf';
import { certificateView } from '../../../../src/features/certificates/certificate-view';
import { createI18n } from '../../../../src/platform/i18n';

const i18n = createI18n();

const view = certificateView(
  {
    _id: new mongoose.Types.ObjectId('65f0c0ffee00000000000001'),
    learnerName: 'Ελένη Παπαδοπούλου',
    packId: 'dash-basics',
    packVersion: '1.0.0',
    titles: { en: 'Street sensors basics', bg: 'Основи на уличните сензори' },
    sourceLanguage: 'en',
    hours: 1.5,
    score: 1,
    issuedAt: new Date('2025-11-21T10:00:00Z'),
  },
  { language: 'bg', baseUrl: 'https://learn.example.org' },
);

describe('certificatePdfText', () => {
  it('the printed sentences in the visitor language, with score, hours and version', () => {
    const text = certificatePdfText(view, i18n.translator('bg'));
    expect(text.heading).toBe('Сертификат за завършване');
    expect(text.details).toBe('Резултат: 100% · Време за обучение: 1,5 часа · Версия на модула 1.0.0');
    expect(text.date).toBe(`Дата на издаване: ${view.date}`);
  });
});

describe('renderCertificatePdf', () => {
  it('an A4 landscape PDF with DejaVu embedded and a link to the verification URL', async () => {
    const pdf = await renderCertificatePdf(view, certificatePdfText(view, i18n.translator('bg')), 'bg');
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    // A4 landscape: 841.89 x 595.28 points.
    expect(raw).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
    expect(raw).toContain('(https://learn.example.org/certificates/65f0c0ffee00000000000001)');
    expect(raw).toContain('/Lang (bg)');
  });
});
